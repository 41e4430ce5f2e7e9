using System.Buffers;
using System.Net.WebSockets;

namespace ContactCenter.Benchmarks.Fanout;

/// <summary>The three wire protocols a fan-out client speaks.</summary>
public enum FanoutProtocol
{
    /// <summary>Each WebSocket message is one event (<see cref="BareBroadcast"/>).</summary>
    Bare,

    /// <summary>engine.io 4 / socket.io 4 text packets: "0{..}" open, "40" connect, "2" ping → "3", "42[...]" event.</summary>
    SocketIo,

    /// <summary>SignalR's JSON hub protocol: records ended by 0x1e, pings answered so the server keeps the connection.</summary>
    Hub,
}

/// <summary>
/// One thin subscriber (or publisher) over a bare <see cref="ClientWebSocket"/>. Every frame that
/// carries an event goes to <see cref="Received"/> with the time it arrived; the protocol's own
/// chatter (handshakes, pings) is answered here. <see cref="Ready"/> completes once the server
/// will send it events.
/// </summary>
public sealed class FanoutSocket : IAsyncDisposable
{
    private static readonly byte[] HubPing = "{\"type\":6}\u001e"u8.ToArray();
    private readonly ClientWebSocket _socket = new();
    private readonly FanoutProtocol _protocol;
    private readonly SemaphoreSlim _sending = new(1, 1);
    private readonly TaskCompletionSource _ready = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private Task _receiving = Task.CompletedTask;

    private FanoutSocket(FanoutProtocol protocol) => _protocol = protocol;

    public Action<ReadOnlyMemory<byte>>? Received { get; set; }

    /// <summary>Set by the hub flavour: a frame that is not an event (a completion, a ping).</summary>
    public Action<ReadOnlyMemory<byte>>? Other { get; set; }

    public Task Ready => _ready.Task;

    public void MarkReady() => _ready.TrySetResult();

    public static async Task<FanoutSocket> ConnectAsync(Uri address, FanoutProtocol protocol)
    {
        var client = new FanoutSocket(protocol);
        client._socket.Options.KeepAliveInterval = TimeSpan.Zero;
        await client._socket.ConnectAsync(address, CancellationToken.None);
        if (protocol == FanoutProtocol.Bare)
        {
            client.MarkReady();
        }
        else if (protocol == FanoutProtocol.Hub)
        {
            await client.SendAsync("{\"protocol\":\"json\",\"version\":1}\u001e"u8.ToArray());
        }

        client._receiving = Task.Run(client.ReceiveLoopAsync);
        return client;
    }

    public async Task SendAsync(ReadOnlyMemory<byte> message)
    {
        await _sending.WaitAsync();
        try
        {
            await _socket.SendAsync(message, WebSocketMessageType.Text, endOfMessage: true, CancellationToken.None);
        }
        finally
        {
            _sending.Release();
        }
    }

    private async Task ReceiveLoopAsync()
    {
        var message = new ArrayBufferWriter<byte>(1024);
        try
        {
            while (_socket.State == WebSocketState.Open)
            {
                var received = await _socket.ReceiveAsync(message.GetMemory(4096), CancellationToken.None);
                if (received.MessageType == WebSocketMessageType.Close)
                {
                    break;
                }

                message.Advance(received.Count);
                if (received.EndOfMessage)
                {
                    await HandleAsync(message.WrittenMemory);
                    message.Clear();
                }
            }
        }
        catch (WebSocketException)
        {
            // The server closed or dropped this client: whatever it did not get counts as lost.
        }

        _ready.TrySetException(new WebSocketException("The server closed the connection before it was ready."));
    }

    private async Task HandleAsync(ReadOnlyMemory<byte> message)
    {
        switch (_protocol)
        {
            case FanoutProtocol.Bare:
                Received?.Invoke(message);
                break;
            case FanoutProtocol.SocketIo:
                await SocketIoAsync(message);
                break;
            case FanoutProtocol.Hub:
                await HubAsync(message);
                break;
        }
    }

    private async Task SocketIoAsync(ReadOnlyMemory<byte> packet)
    {
        var span = packet.Span;
        if (span.StartsWith("42"u8))
        {
            Received?.Invoke(packet);
        }
        else if (span.StartsWith("0{"u8))
        {
            await SendAsync("40"u8.ToArray());
        }
        else if (span.StartsWith("40"u8))
        {
            MarkReady();
        }
        else if (span.SequenceEqual("2"u8))
        {
            await SendAsync("3"u8.ToArray());
        }
    }

    // One WebSocket message may hold several records; SignalR never splits a record across messages.
    private async Task HubAsync(ReadOnlyMemory<byte> message)
    {
        while (message.Length > 0)
        {
            var end = message.Span.IndexOf((byte)0x1e);
            var record = end < 0 ? message : message[..end];
            message = end < 0 ? ReadOnlyMemory<byte>.Empty : message[(end + 1)..];
            if (record.Span.IndexOf("\"type\":1,"u8) >= 0 || record.Span.IndexOf("\"type\":1}"u8) >= 0)
            {
                Received?.Invoke(record);
            }
            else if (record.Span.IndexOf("\"type\":6"u8) >= 0)
            {
                await SendAsync(HubPing);
            }
            else
            {
                Other?.Invoke(record);
            }
        }
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            await _socket.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, null, CancellationToken.None).WaitAsync(TimeSpan.FromSeconds(2));
            await _receiving.WaitAsync(TimeSpan.FromSeconds(2));
        }
        catch (Exception e) when (e is WebSocketException or TimeoutException or ObjectDisposedException)
        {
            // Closing is best effort: the server process is stopped next.
        }

        _socket.Dispose();
        _sending.Dispose();
    }
}
