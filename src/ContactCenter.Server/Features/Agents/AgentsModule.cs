using ContactCenter.Domain.Agents;
using ContactCenter.Server.Features.Agents.ChangingState;
using ContactCenter.Server.Features.Agents.Presence;
using ContactCenter.Server.Features.Agents.ReasonCodes;
using JasperFx.Events.Projections;
using Marten;

namespace ContactCenter.Server.Features.Agents;

public static class AgentsModule
{
    /// <summary>The agents' presence streams and documents in the one store, and a handler per use case.</summary>
    public static IServiceCollection AddAgentsModule(this IServiceCollection services)
    {
        services.ConfigureMarten(Configure);
        services.AddSingleton<ChangeStateHandler>();
        services.AddSingleton<ReadMyPresenceHandler>();
        services.AddSingleton<ListReasonCodesHandler>();
        return services;
    }

    private static void Configure(StoreOptions options)
    {
        options.Schema.For<ReasonCode>();
        options.Events.AddEventTypes(AgentPresenceEventTypes.All);
        // The router reads present agents (every state but offline) at every round.
        options.Schema.For<AgentPresence>().Identity(p => p.AgentId).Index(p => p.State);
        options.Schema.For<AgentLastSeen>();
        options.Schema.For<StaffNode>();
        // Inline: the router and the wallboard read an agent's state right after the change.
        options.Projections.Add<AgentPresenceProjection>(ProjectionLifecycle.Inline);
    }
}
