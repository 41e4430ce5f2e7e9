using System.Net.Sockets;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json;

namespace ContactCenter.Server.Tests.Delivery;

/// <summary>
/// SignalR's JSON hub protocol spoken over a bare WebSocket, the way the widget's hub.js speaks it:
/// a test can send an invocation and then drop the socket before reading the answer, or stop
/// reading altogether (a frozen tab), which a client library would not let it do.
/// </summary>
internal sealed class ThinHubSocket : IAsyncDisposable
{
    private const char RecordSeparator = '\u001e';
    private readonly ClientWebSocket _socket = new();
    private readonly HttpMessageInvoker _invoker;
    private readonly StringBuilder _pending = new();
    private readonly Decoder _utf8 = Encoding.UTF8.GetDecoder();
    private int _nextInvocation;

    private ThinHubSocket(int? receiveBufferBytes) =>
        _invoker = new HttpMessageInvoker(new SocketsHttpHandler
        {
            // A small receive window makes a client that stops reading push back on the server at once.
            ConnectCallback = async (context, cancellationToken) =>
            {
                var socket = new Socket(SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
                if (receiveBufferBytes is { } bytes)
                {
                    socket.ReceiveBufferSize = bytes;
                }

                await socket.ConnectAsync(context.DnsEndPoint, cancellationToken);
                return new NetworkStream(socket, ownsSocket: true);
            },
        });

    public static async Task<ThinHubSocket> ConnectAsync(Uri server, string hubPath, string token, int? receiveBufferBytes = null)
    {
        var client = new ThinHubSocket(receiveBufferBytes);
        var address = new UriBuilder(new Uri(server, hubPath)) { Scheme = "ws", Query = $"access_token={Uri.EscapeDataString(token)}" };
        await client._socket.ConnectAsync(address.Uri, client._invoker, CancellationToken.None);
        await client.SendFrameAsync("{\"protocol\":\"json\",\"version\":1}");
        var handshake = await client.ReceiveFrameAsync();
        return handshake == "{}" ? client : throw new InvalidOperationException($"Handshake refused: {handshake}");
    }

    /// <summary>Sends an invocation and returns its id, without reading the answer.</summary>
    public async Task<string> SendInvocationAsync(string target, params object[] arguments)
    {
        var id = (++_nextInvocation).ToString(System.Globalization.CultureInfo.InvariantCulture);
        var frame = JsonSerializer.Serialize(new { type = 1, invocationId = id, target, arguments });
        await SendFrameAsync(frame);
        return id;
    }

    /// <summary>Invokes and waits for the completion, skipping pushes that arrive in between.</summary>
    public async Task<JsonElement> InvokeAsync(string target, params object[] arguments)
    {
        var id = await SendInvocationAsync(target, arguments);
        while (true)
        {
            using var frame = JsonDocument.Parse(await ReceiveFrameAsync());
            var root = frame.RootElement;
            if (root.GetProperty("type").GetInt32() == 3 && root.GetProperty("invocationId").GetString() == id)
            {
                return root.TryGetProperty("error", out var error)
                    ? throw new InvalidOperationException(error.GetString())
                    : root.GetProperty("result").Clone();
            }
        }
    }

    /// <summary>Drops the connection at once, as a network loss does: no close handshake.</summary>
    public void Abort() => _socket.Abort();

    /// <summary>Reads until the server ends the connection; true if it did (an error or a close), false on a normal close by us.</summary>
    public async Task<bool> ReadUntilClosedAsync(CancellationToken cancellationToken)
    {
        var buffer = new byte[64 * 1024];
        try
        {
            while (true)
            {
                var result = await _socket.ReceiveAsync(buffer, cancellationToken);
                if (result.MessageType == WebSocketMessageType.Close)
                {
                    return true;
                }
            }
        }
        catch (WebSocketException)
        {
            return true;
        }
    }

    private Task SendFrameAsync(string frame) =>
        _socket.SendAsync(Encoding.UTF8.GetBytes(frame + RecordSeparator), WebSocketMessageType.Text, true, CancellationToken.None);

    private async Task<string> ReceiveFrameAsync()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        var buffer = new byte[64 * 1024];
        while (true)
        {
            var text = _pending.ToString();
            var end = text.IndexOf(RecordSeparator, StringComparison.Ordinal);
            if (end >= 0)
            {
                _pending.Remove(0, end + 1);
                return text[..end];
            }

            var result = await _socket.ReceiveAsync(buffer, timeout.Token);
            if (result.MessageType == WebSocketMessageType.Close)
            {
                throw new WebSocketException("The server closed the connection.");
            }

            // A character may be split across reads: the decoder keeps its first bytes for the next.
            var chars = new char[Encoding.UTF8.GetMaxCharCount(result.Count)];
            _pending.Append(chars, 0, _utf8.GetChars(buffer, 0, result.Count, chars, 0));
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (_socket.State == WebSocketState.Open)
        {
            try
            {
                await _socket.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, null, CancellationToken.None);
            }
            catch (WebSocketException)
            {
                // Already gone.
            }
        }

        _socket.Dispose();
        _invoker.Dispose();
    }
}
