using System.Net.WebSockets;
using System.Text;
using ContactCenter.Contracts;

namespace ContactCenter.Server.Tests.Access;

/// <summary>
/// Speaks SignalR's JSON protocol over a plain WebSocket, so a test sees the exact text the server
/// sent, not what a client library made of it.
/// </summary>
internal sealed class RawHubClient : IAsyncDisposable
{
    private const char RecordSeparator = '\u001e';
    private readonly ClientWebSocket _socket = new();

    public static async Task<RawHubClient> ConnectAsync(Uri server, string token)
    {
        var client = new RawHubClient();
        var builder = new UriBuilder(new Uri(server, ApiRoutes.AgentHub)) { Scheme = "ws", Query = $"access_token={Uri.EscapeDataString(token)}" };
        await client._socket.ConnectAsync(builder.Uri, CancellationToken.None);
        await client.SendAsync("{\"protocol\":\"json\",\"version\":1}");
        var handshake = await client.ReceiveAsync();
        if (handshake != "{}")
        {
            throw new InvalidOperationException($"Handshake refused: {handshake}");
        }

        return client;
    }

    /// <summary>Invokes a hub method and returns the raw completion frame.</summary>
    public async Task<string> InvokeAsync(string method, params object[] arguments)
    {
        var args = string.Join(",", arguments.Select(a => System.Text.Json.JsonSerializer.Serialize(a)));
        await SendAsync($"{{\"type\":1,\"invocationId\":\"1\",\"target\":\"{method}\",\"arguments\":[{args}]}}");
        while (true)
        {
            var frame = await ReceiveAsync();
            if (frame.Contains("\"type\":3", StringComparison.Ordinal))
            {
                return frame;
            }
        }
    }

    private Task SendAsync(string message) =>
        _socket.SendAsync(Encoding.UTF8.GetBytes(message + RecordSeparator), WebSocketMessageType.Text, true, CancellationToken.None);

    private async Task<string> ReceiveAsync()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        var buffer = new byte[64 * 1024];
        var text = new StringBuilder();
        WebSocketReceiveResult result;
        do
        {
            result = await _socket.ReceiveAsync(buffer, timeout.Token);
            text.Append(Encoding.UTF8.GetString(buffer, 0, result.Count));
        }
        while (!result.EndOfMessage);
        return text.ToString().TrimEnd(RecordSeparator);
    }

    public async ValueTask DisposeAsync()
    {
        if (_socket.State == WebSocketState.Open)
        {
            await _socket.CloseAsync(WebSocketCloseStatus.NormalClosure, null, CancellationToken.None);
        }

        _socket.Dispose();
    }
}
