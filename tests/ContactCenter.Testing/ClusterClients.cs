using System.Net;
using System.Net.Http.Json;
using ContactCenter.Contracts;
using ContactCenter.Contracts.Conversations;
using Microsoft.AspNetCore.Http.Connections;
using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.Client;

namespace ContactCenter.Testing;

/// <summary>Clients of a cluster as browsers are: through its proxy, with negotiation, pinned by the proxy's cookie, reconnecting.</summary>
public static class ClusterClients
{
    /// <summary>A hub connection through the proxy, pinned to <paramref name="node"/>, retrying every 200 ms for a minute once dropped.</summary>
    public static async Task<HubConnection> ConnectAsync(TestProxy proxy, string hub, string token, string node)
    {
        var cookies = new CookieContainer();
        cookies.Add(proxy.Address, new Cookie(TestProxy.PinCookie, node));
        var connection = new HubConnectionBuilder()
            .WithUrl(new Uri(proxy.Address, hub), o =>
            {
                o.AccessTokenProvider = () => Task.FromResult<string?>(token);
                o.Transports = HttpTransportType.WebSockets;
                o.Cookies = cookies;
            })
            .WithAutomaticReconnect([.. Enumerable.Repeat(TimeSpan.FromMilliseconds(200), 300)])
            .Build();
        await connection.StartAsync();
        return connection;
    }

    public static async Task<CustomerSession> StartChatAsync(TestProxy proxy, string name, string queueId = "support")
    {
        using var http = new HttpClient { BaseAddress = proxy.Address };
        using var response = await http.PostAsJsonAsync(new Uri(ApiRoutes.WidgetChats.TrimStart('/'), UriKind.Relative), new StartChatRequest(name, null, queueId));
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<CustomerSession>())!;
    }

    /// <summary>Completes when the connection is connected: now, or at its next reconnect (bounded).</summary>
    public static Task ConnectedAsync(this HubConnection connection, TimeSpan patience)
    {
        var connected = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        connection.Reconnected += _ =>
        {
            connected.TrySetResult();
            return Task.CompletedTask;
        };
        if (connection.State == HubConnectionState.Connected)
        {
            connected.TrySetResult();
        }

        return connected.Task.WaitAsync(patience);
    }

    /// <summary>Completes when the connection, dropped from now on, is connected again (bounded).</summary>
    public static Task ConnectedAfterDropAsync(this HubConnection connection, TimeSpan patience)
    {
        var again = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        connection.Reconnected += _ =>
        {
            again.TrySetResult();
            return Task.CompletedTask;
        };
        return again.Task.WaitAsync(patience);
    }

    /// <summary>
    /// An acknowledged command, as the widget and the desk send one: a failure while the connection is
    /// down is retried with the same idempotency key once it is back, until <paramref name="patience"/> runs out.
    /// </summary>
    public static async Task<CommandAck> SendUntilAcknowledgedAsync(this HubConnection connection, Guid conversationId, Guid messageId, string text, TimeSpan patience)
    {
        using var timeout = new CancellationTokenSource(patience);
        while (true)
        {
            await connection.ConnectedAsync(patience).WaitAsync(timeout.Token);
            try
            {
                return await connection.InvokeAsync<CommandAck>("SendMessage", conversationId, messageId, text, timeout.Token);
            }
            catch (Exception e) when (e is not HubException && !timeout.IsCancellationRequested)
            {
                // Not an answer of the server but the connection dropping under the call: its outcome is
                // unknown, and the same key makes the retry harmless.
            }
        }
    }
}
