using ContactCenter.Contracts;
using Microsoft.AspNetCore.SignalR;

namespace ContactCenter.Server.Realtime;

public static class RealtimeSetup
{
    /// <summary>Incoming hub messages above this are refused; a chat message's own limit is far below it.</summary>
    public const long MaximumMessageBytes = 64 * 1024;

    public static IServiceCollection AddContactCenterRealtime(this IServiceCollection services)
    {
        // Per hub, not global: Blazor's own circuit hub must not get our filter or limits.
        services.AddSignalR().AddHubOptions<StaffHub>(options =>
        {
            options.MaximumReceiveMessageSize = MaximumMessageBytes;
            options.AddFilter<PermissionHubFilter>();
        });
        services.AddSingleton<ConnectedStaff>();
        services.AddSingleton<SessionGuard>();
        services.AddHostedService(sp => sp.GetRequiredService<SessionGuard>());
        return services;
    }

    public static IEndpointRouteBuilder MapContactCenterHubs(this IEndpointRouteBuilder app)
    {
        app.MapHub<StaffHub>(ApiRoutes.StaffHub, options =>
        {
            options.AllowStatefulReconnects = true;
            // Bearer tokens live 15 minutes; a connection must not outlive its token.
            options.CloseOnAuthenticationExpiration = true;
        });
        return app;
    }
}
