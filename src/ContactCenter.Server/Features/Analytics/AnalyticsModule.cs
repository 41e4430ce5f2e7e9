using ContactCenter.Domain.Metrics;
using JasperFx.Events.Projections;
using Marten;

namespace ContactCenter.Server.Features.Analytics;

public static class AnalyticsModule
{
    /// <summary>Its documents join the one store (docs/storage.md): the store's setup knows no feature.</summary>
    public static IServiceCollection AddAnalyticsModule(this IServiceCollection services) => services.ConfigureMarten(Configure);

    private static void Configure(StoreOptions options)
    {
        // Inline: an agent who just resolved a chat sees it counted on the next read.
        options.Projections.Add<ConversationFactsProjection>(ProjectionLifecycle.Inline);
        // Reads filter by "AgentIds contains me" (jsonb containment, served by the GIN index) and by time.
        // Team reads take open conversations however old (the backlog) besides the recent ones: a
        // duplicated, indexed column, since "is null" on a computed index is not served by it.
        options.Schema.For<ConversationFacts>().Index(f => f.LastFactAt).Duplicate(f => f.SettledAt).GinIndexJsonData();
    }
}
