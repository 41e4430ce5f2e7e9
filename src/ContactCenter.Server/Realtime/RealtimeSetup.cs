using Microsoft.AspNetCore.SignalR;
using ContactCenter.Client.Realtime;
using ContactCenter.Contracts;
using ContactCenter.Domain.Agents;
using ContactCenter.Domain.Conversations;
using ContactCenter.Server.Features.Agents.Presence;
using ContactCenter.Server.Features.Supervising.Floor;
using ContactCenter.Server.Features.Conversations.Handling;
using ContactCenter.Server.Features.Conversations.Waiting;
using ContactCenter.Server.Features.Shared.Input;
using ContactCenter.Server.Persistence.EventStreams;

namespace ContactCenter.Server.Realtime;

public static class RealtimeSetup
{
    /// <summary>Incoming hub messages above this are refused; a chat message's own limit is far below it.</summary>
    public const long MaximumMessageBytes = 64 * 1024;

    /// <summary>
    /// What a connection may hold unsent before its writes wait (the transport's buffer). Sends are
    /// never awaited in a loop shared by connections (<see cref="ConversationNotifier"/>), so a full
    /// buffer holds up that connection only.
    /// </summary>
    public const long TransportBufferBytes = 64 * 1024;

    /// <summary>
    /// A connection whose socket takes longer than this to take one send (a frozen tab, a dead
    /// network) is closed; it resumes by version when it comes back. Half the framework's default:
    /// its writes queue meanwhile, and an offer lasts 20 seconds.
    /// </summary>
    public static readonly TimeSpan TransportSendTimeout = TimeSpan.FromSeconds(5);

    public static IServiceCollection AddContactCenterRealtime(this IServiceCollection services)
    {
        // Per hub, not global: Blazor's own circuit hub must not get our filter or limits. The binary
        // protocol is offered to integrators; the widget and the desk speak JSON.
        services.AddSignalR().AddMessagePackProtocol(options =>
        {
            MessagePackLists.Configure(options);
            StepPayloadMessagePack.Configure(options);
        }).AddHubOptions<AgentHub>(options =>
        {
            options.MaximumReceiveMessageSize = MaximumMessageBytes;
            options.AddFilter<StoreUnavailableHubFilter>();
            options.AddFilter<IdentityLimitsFilter>();
            options.AddFilter<PermissionHubFilter>();
            options.AddFilter<InputHubFilter>();
        });
        services.AddSignalR().AddHubOptions<CustomerHub>(options =>
        {
            options.MaximumReceiveMessageSize = MaximumMessageBytes;
            options.AddFilter<StoreUnavailableHubFilter>();
            options.AddFilter<IdentityLimitsFilter>();
            options.AddFilter<InputHubFilter>();
        });
        services.AddSingleton<IdentityLimits>();
        services.AddSingleton<IdentityLimitsFilter>();
        services.AddSingleton<StoreUnavailableHubFilter>();
        services.AddSingleton<ConnectedStaff>();
        services.AddSingleton<ConversationFollowers>();
        services.AddHostedService(sp => sp.GetRequiredService<ConversationFollowers>());
        services.AddSingleton<StaffGroups>();
        services.AddSingleton<HubPushes>();
        services.AddSingleton<ConversationNotifier>();
        services.AddHostedService(sp => sp.GetRequiredService<ConversationNotifier>());
        services.AddSingleton<FloorKeeper>();
        services.AddHostedService(sp => sp.GetRequiredService<FloorKeeper>());
        services.AddSingleton<FloorNotifier>();
        services.AddHostedService(sp => sp.GetRequiredService<FloorNotifier>());
        services.AddSingleton<IFloorPushes>(sp => sp.GetRequiredService<FloorNotifier>());
        services.AddSingleton<FloorRelay>();
        services.AddHostedService(sp => sp.GetRequiredService<FloorRelay>());
        // The wallboard's floor sees every commit on the same path as the screens.
        services.AddSingleton<IConversationPushes>(sp => new ConversationFloorTap(sp.GetRequiredService<ConversationNotifier>(), sp.GetRequiredService<FloorKeeper>(), sp.GetRequiredService<FloorRelay>()));
        services.AddSingleton<StreamModel<ConversationWrite, Conversation?>, ConversationWrites>();
        services.AddSingleton(typeof(StreamWriter<,>));
        services.AddSingleton<ConversationHandler>();
        services.AddSingleton<QueuePositions>();
        services.AddSingleton<StreamModel<AgentPresenceCommand, AgentPresence>, PresenceWrites>();
        services.AddSingleton<PresenceHandler>();
        services.AddSingleton<PresenceNotifier>();
        services.AddHostedService(sp => sp.GetRequiredService<PresenceNotifier>());
        services.AddSingleton<IPresencePushes>(sp => new PresenceFloorTap(sp.GetRequiredService<PresenceNotifier>(), sp.GetRequiredService<FloorKeeper>(), sp.GetRequiredService<FloorRelay>()));
        services.AddSingleton<LoadReports>();
        services.AddHostedService(sp => sp.GetRequiredService<LoadReports>());
        services.AddOptions<PresenceOptions>().BindConfiguration(PresenceOptions.Section)
            .Validate(o => o.Heartbeat > TimeSpan.Zero && o.Heartbeat * 2 < o.Grace, "ContactCenter:Presence:Heartbeat must be positive and under half the Grace.")
            .ValidateOnStart();
        services.AddSingleton<LiveConnections>();
        services.AddSingleton<SessionPresence>();
        services.AddHostedService<PresenceKeeper>();
        services.AddSingleton<SessionGuard>();
        services.AddHostedService(sp => sp.GetRequiredService<SessionGuard>());
        return services;
    }

    public static IEndpointRouteBuilder MapContactCenterHubs(this IEndpointRouteBuilder app)
    {
        // Stateful reconnect replays what a short drop missed on the same node; it needs negotiation,
        // which the typed clients do (docs/realtime.md, rule 2). Resume-by-version covers everything else.
        app.MapHub<AgentHub>(ApiRoutes.AgentHub, options =>
        {
            options.AllowStatefulReconnects = true;
            Limit(options);
            // Bearer tokens live 15 minutes; a connection must not outlive its token.
            options.CloseOnAuthenticationExpiration = true;
        });
        app.MapHub<CustomerHub>(ApiRoutes.CustomerHub, options =>
        {
            options.AllowStatefulReconnects = true;
            Limit(options);
        });
        return app;
    }

    private static void Limit(Microsoft.AspNetCore.Http.Connections.HttpConnectionDispatcherOptions options)
    {
        options.TransportMaxBufferSize = TransportBufferBytes;
        options.ApplicationMaxBufferSize = MaximumMessageBytes;
        options.TransportSendTimeout = TransportSendTimeout;
    }
}
