using System.Buffers;
using System.Collections.Concurrent;
using System.Globalization;
using System.Net.WebSockets;
using System.Text.Json;

namespace ContactCenter.Benchmarks.Load;

/// <summary>
/// SignalR's JSON hub protocol over a bare <see cref="ClientWebSocket"/>: the load side of a
/// benchmark. Thousands of these share one core; the .NET HubConnection would cost more than the
/// server it measures. Pushes go to <see cref="Pushed"/>, completions
/// finish the invocation that asked.
/// </summary>
public sealed class HubSocket : IAsyncDisposable
{
    private const byte RecordSeparator = 0x1e;
    private readonly ClientWebSocket _socket = new();
    private readonly ConcurrentDictionary<string, TaskCompletionSource<JsonElement>> _waiting = new();
    private readonly SemaphoreSlim _sending = new(1, 1);
    private readonly CancellationTokenSource _stop = new();
    private Task _receiving = Task.CompletedTask;
    private int _nextInvocation;
    private int _disposed;

    /// <summary>Completes when the connection has ended: closed by either side, or the node gone.</summary>
    public Task Closed => _receiving;

    /// <summary>Called on the receive loop for each push: its target and its first argument.</summary>
    public Action<string, JsonElement>? Pushed { get; set; }

    public static async Task<HubSocket> ConnectAsync(Uri server, string hubPath, string? token)
    {
        var client = new HubSocket();
        var address = new UriBuilder(new Uri(server, hubPath)) { Scheme = "ws" };
        if (token is not null)
        {
            address.Query = $"access_token={Uri.EscapeDataString(token)}";
        }

        await client._socket.ConnectAsync(address.Uri, CancellationToken.None);
        await client.SendAsync("{\"protocol\":\"json\",\"version\":1}"u8.ToArray());
        var handshake = new TaskCompletionSource<JsonElement>(TaskCreationOptions.RunContinuationsAsynchronously);
        client._waiting["handshake"] = handshake;
        client._receiving = Task.Run(client.ReceiveLoopAsync);
        await handshake.Task.WaitAsync(TimeSpan.FromSeconds(30));
        return client;
    }

    /// <summary>Invokes a hub method and returns its result; a hub error throws with the server's message.</summary>
    public async Task<JsonElement> InvokeAsync(string target, params object?[] arguments)
    {
        var id = Interlocked.Increment(ref _nextInvocation).ToString(CultureInfo.InvariantCulture);
        var done = new TaskCompletionSource<JsonElement>(TaskCreationOptions.RunContinuationsAsynchronously);
        _waiting[id] = done;
        await SendAsync(JsonSerializer.SerializeToUtf8Bytes(new { type = 1, invocationId = id, target, arguments }));
        return await done.Task.WaitAsync(TimeSpan.FromSeconds(60));
    }

    private async Task SendAsync(byte[] frame)
    {
        var buffer = new byte[frame.Length + 1];
        frame.CopyTo(buffer, 0);
        buffer[^1] = RecordSeparator;
        await _sending.WaitAsync();
        try
        {
            await _socket.SendAsync(buffer, WebSocketMessageType.Text, endOfMessage: true, _stop.Token);
        }
        finally
        {
            _sending.Release();
        }
    }

    private async Task ReceiveLoopAsync()
    {
        var pending = new ArrayBufferWriter<byte>();
        var chunk = new byte[16 * 1024];
        try
        {
            while (!_stop.IsCancellationRequested)
            {
                var received = await _socket.ReceiveAsync(chunk, _stop.Token);
                if (received.MessageType == WebSocketMessageType.Close)
                {
                    break;
                }

                pending.Write(chunk.AsSpan(0, received.Count));
                Split(pending);
            }
        }
        catch (Exception e) when (e is OperationCanceledException or WebSocketException)
        {
            // Stopped, or the server closed: waiting invocations fail below.
        }

        foreach (var waiting in _waiting.Values)
        {
            waiting.TrySetException(new WebSocketException("The hub connection closed."));
        }
    }

    // A socket read may end inside a frame or hold several: hand on each whole frame, keep the rest.
    private void Split(ArrayBufferWriter<byte> pending)
    {
        var data = pending.WrittenSpan;
        var start = 0;
        for (var end = data[start..].IndexOf(RecordSeparator); end >= 0; end = data[start..].IndexOf(RecordSeparator))
        {
            Handle(data.Slice(start, end));
            start += end + 1;
        }

        var rest = data[start..].ToArray();
        pending.Clear();
        pending.Write(rest);
    }

    private void Handle(ReadOnlySpan<byte> frame)
    {
        using var document = JsonDocument.Parse(frame.ToArray());
        var root = document.RootElement;
        if (!root.TryGetProperty("type", out var type))
        {
            // The handshake's answer is the one frame without a type.
            Finish("handshake", root);
            return;
        }

        switch (type.GetInt32())
        {
            case 1 when root.GetProperty("arguments") is var arguments && arguments.GetArrayLength() > 0:
                Pushed?.Invoke(root.GetProperty("target").GetString()!, arguments[0].Clone());
                break;
            case 3:
                var id = root.GetProperty("invocationId").GetString()!;
                if (root.TryGetProperty("error", out var error))
                {
                    Fail(id, error.GetString());
                }
                else
                {
                    Finish(id, root.TryGetProperty("result", out var result) ? result.Clone() : default);
                }

                break;
        }
    }

    private void Finish(string id, JsonElement result)
    {
        if (_waiting.TryRemove(id, out var waiting))
        {
            waiting.TrySetResult(result);
        }
    }

    private void Fail(string id, string? error)
    {
        if (_waiting.TryRemove(id, out var waiting))
        {
            waiting.TrySetException(new InvalidOperationException(error));
        }
    }

    public async ValueTask DisposeAsync()
    {
        // A soak drops a connection from two places at once (its party and the random drops): once is enough.
        if (Interlocked.Exchange(ref _disposed, 1) == 1)
        {
            return;
        }

        try
        {
            await _socket.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, null, CancellationToken.None).WaitAsync(TimeSpan.FromSeconds(2));
        }
        catch (Exception e) when (e is WebSocketException or TimeoutException or ObjectDisposedException)
        {
        }

        await _stop.CancelAsync();
        await _receiving;
        _socket.Dispose();
        _stop.Dispose();
        _sending.Dispose();
    }
}
