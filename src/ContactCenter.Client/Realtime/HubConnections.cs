using Microsoft.AspNetCore.Http.Connections;
using Microsoft.AspNetCore.SignalR.Client;

namespace ContactCenter.Client.Realtime;

/// <summary>How every typed client connects: WebSockets only, a token per (re)connect, reconnecting forever.</summary>
internal static class HubConnections
{
    public static HubConnection Build(Uri server, string hubPath, Func<Task<string?>> accessToken) =>
        new HubConnectionBuilder()
            .WithUrl(new Uri(server, hubPath), options =>
            {
                options.AccessTokenProvider = accessToken;
                options.Transports = HttpTransportType.WebSockets;
                options.SkipNegotiation = true;
            })
            .WithAutomaticReconnect(new KeepTryingRetryPolicy())
            .WithStatefulReconnect()
            .Build();
}
