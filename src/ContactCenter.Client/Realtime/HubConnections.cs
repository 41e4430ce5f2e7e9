using Microsoft.AspNetCore.Http.Connections;
using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.Extensions.DependencyInjection;
using System.Text.Json;

namespace ContactCenter.Client.Realtime;

/// <summary>How every typed client connects: WebSockets only, a token per (re)connect, reconnecting forever.</summary>
internal static class HubConnections
{
    private const int SendAttempts = 3;
    private static readonly TimeSpan ReconnectPatience = TimeSpan.FromSeconds(15);

    // One set of serializer options (SignalR's defaults) for every connection of the process: each
    // connection otherwise builds its own, and with it a metadata cache of every DTO it ever read
    // (about 45 KB per connection once warm; a server holds one per open desk).
    private static readonly JsonSerializerOptions SharedJson = new JsonHubProtocolOptions().PayloadSerializerOptions;

    // Negotiation is not skipped: stateful reconnect is agreed there (docs/realtime.md, rule 2), and it replays
    // what a short drop on the same node missed without a round trip. Longer drops, a restart or a
    // move to another node are healed by resume-from-version.
    public static HubConnection Build(Uri server, string hubPath, Func<Task<string?>> accessToken) =>
        new HubConnectionBuilder()
            .WithUrl(new Uri(server, hubPath), options =>
            {
                options.AccessTokenProvider = accessToken;
                options.Transports = HttpTransportType.WebSockets;
            })
            .AddJsonProtocol(o => o.PayloadSerializerOptions = SharedJson)
            .WithAutomaticReconnect(new KeepTryingRetryPolicy())
            .WithStatefulReconnect()
            .Build();

    /// <summary>
    /// Invokes a command whose arguments carry its idempotency key (a message id made once by the
    /// caller). When the connection drops before the acknowledgement, it waits for the reconnect and
    /// sends the same command again, so the server stores it once and answers with the original
    /// acknowledgement. A refusal by the server (a <see cref="HubException"/>) is not retried.
    /// </summary>
    public static async Task<T> InvokeIdempotentAsync<T>(this HubConnection connection, string method, object?[] arguments, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await connection.InvokeCoreAsync<T>(method, arguments, cancellationToken).ConfigureAwait(false);
            }
            catch (Exception e) when (e is not HubException && attempt < SendAttempts && !cancellationToken.IsCancellationRequested
                && connection.State != HubConnectionState.Disconnected)
            {
                await ConnectedAsync(connection, cancellationToken).ConfigureAwait(false);
            }
        }
    }

    private static async Task ConnectedAsync(HubConnection connection, CancellationToken cancellationToken)
    {
        var back = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        Task OnReconnected(string? _)
        {
            back.TrySetResult();
            return Task.CompletedTask;
        }

        Task OnClosed(Exception? e)
        {
            back.TrySetException(e ?? new InvalidOperationException("The connection closed."));
            return Task.CompletedTask;
        }

        connection.Reconnected += OnReconnected;
        connection.Closed += OnClosed;
        try
        {
            if (connection.State != HubConnectionState.Connected)
            {
                await back.Task.WaitAsync(ReconnectPatience, cancellationToken).ConfigureAwait(false);
            }
        }
        catch (TimeoutException e)
        {
            // The caller keeps the command (and its id) and may send it again later.
            throw new InvalidOperationException("Not connected; the command was not confirmed. Send it again in a moment.", e);
        }
        finally
        {
            connection.Reconnected -= OnReconnected;
            connection.Closed -= OnClosed;
        }
    }
}
