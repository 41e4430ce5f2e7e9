using Microsoft.AspNetCore.SignalR;
using ContactCenter.Contracts;
using ContactCenter.Server.Features.Agents.Presence;
using ContactCenter.Server.Features.Conversations.Handling;
using ContactCenter.Server.Features.Conversations.Waiting;

namespace ContactCenter.Server.Realtime;

public static class RealtimeSetup
{
    /// <summary>Incoming hub messages above this are refused; a chat message's own limit is far below it.</summary>
    public const long MaximumMessageBytes = 64 * 1024;

    public static IServiceCollection AddContactCenterRealtime(this IServiceCollection services)
    {
        // Per hub, not global: Blazor's own circuit hub must not get our filter or limits.
        services.AddSignalR().AddHubOptions<AgentHub>(options =>
        {
            options.MaximumReceiveMessageSize = MaximumMessageBytes;
            options.AddFilter<IdentityLimitsFilter>();
            options.AddFilter<PermissionHubFilter>();
        });
        services.AddSignalR().AddHubOptions<CustomerHub>(options =>
        {
            options.MaximumReceiveMessageSize = MaximumMessageBytes;
            options.AddFilter<IdentityLimitsFilter>();
        });
        services.AddSingleton<IdentityLimits>();
        services.AddSingleton<IdentityLimitsFilter>();
        services.AddSingleton<ConnectedStaff>();
        services.AddSingleton<ConversationNotifier>();
        services.AddHostedService(sp => sp.GetRequiredService<ConversationNotifier>());
        services.AddSingleton<ConversationHandler>();
        services.AddSingleton<QueuePositions>();
        services.AddSingleton<PresenceHandler>();
        services.AddSingleton<PresenceNotifier>();
        services.AddHostedService(sp => sp.GetRequiredService<PresenceNotifier>());
        services.AddSingleton<LoadReports>();
        services.AddHostedService(sp => sp.GetRequiredService<LoadReports>());
        services.AddOptions<PresenceOptions>().BindConfiguration(PresenceOptions.Section)
            .Validate(o => o.Heartbeat > TimeSpan.Zero && o.Heartbeat * 2 < o.Grace, "ContactCenter:Presence:Heartbeat must be positive and under half the Grace.")
            .ValidateOnStart();
        services.AddHostedService<PresenceKeeper>();
        services.AddSingleton<SessionGuard>();
        services.AddHostedService(sp => sp.GetRequiredService<SessionGuard>());
        return services;
    }

    public static IEndpointRouteBuilder MapContactCenterHubs(this IEndpointRouteBuilder app)
    {
        app.MapHub<AgentHub>(ApiRoutes.AgentHub, options =>
        {
            options.AllowStatefulReconnects = true;
            // Bearer tokens live 15 minutes; a connection must not outlive its token.
            options.CloseOnAuthenticationExpiration = true;
        });
        app.MapHub<CustomerHub>(ApiRoutes.CustomerHub, options => options.AllowStatefulReconnects = true);
        return app;
    }
}
