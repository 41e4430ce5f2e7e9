using System.Net.WebSockets;
using System.Threading.Channels;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Logging;

namespace ContactCenter.Benchmarks.Fanout;

/// <summary>
/// The fan-out ceiling: the least a broadcast costs on this machine with Kestrel. A publisher's
/// WebSocket message goes, bytes unchanged, to every subscriber socket; each subscriber has its
/// own bounded queue drained by its own loop, so one slow reader holds up only itself. No
/// protocol, no groups, no serialization: what the product and socket.io add is measured against it.
/// </summary>
public static class BareBroadcast
{
    // A subscriber that falls this far behind is closed: what it missed counts as lost.
    private const int QueuePerSubscriber = 10_000;

    public static async Task RunAsync(int port)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.SetMinimumLevel(LogLevel.Error);
        builder.WebHost.UseUrls($"http://127.0.0.1:{port}");
        var app = builder.Build();
        app.UseWebSockets();
        var subscribers = new Subscribers();
        app.MapGet("/health/ready", () => "ok");
        app.Map("/subscribe", async context =>
        {
            using var socket = await context.WebSockets.AcceptWebSocketAsync();
            var queue = Channel.CreateBounded<byte[]>(new BoundedChannelOptions(QueuePerSubscriber) { SingleReader = true, FullMode = BoundedChannelFullMode.DropWrite });
            subscribers.Add(queue.Writer);
            try
            {
                var reading = DrainUntilClosedAsync(socket, queue.Writer);
                await foreach (var message in queue.Reader.ReadAllAsync(context.RequestAborted))
                {
                    await socket.SendAsync(message, WebSocketMessageType.Text, endOfMessage: true, context.RequestAborted);
                }

                await reading;
            }
            catch (Exception e) when (e is OperationCanceledException or WebSocketException)
            {
                // The subscriber went away.
            }
            finally
            {
                subscribers.Remove(queue.Writer);
            }
        });
        app.Map("/publish", async context =>
        {
            using var socket = await context.WebSockets.AcceptWebSocketAsync();
            var buffer = new byte[4096];
            while (socket.State == WebSocketState.Open)
            {
                var received = await socket.ReceiveAsync(buffer, CancellationToken.None);
                if (received.MessageType == WebSocketMessageType.Close)
                {
                    return;
                }

                // Publishes are one small frame each (a sequence number and a timestamp).
                subscribers.Broadcast(buffer.AsSpan(0, received.Count).ToArray());
            }
        });
        await app.RunAsync();
    }

    // A subscriber sends nothing; reading keeps its close handshake working.
    // and its end ends the send loop.
    private static async Task DrainUntilClosedAsync(WebSocket socket, ChannelWriter<byte[]> queue)
    {
        var buffer = new byte[256];
        try
        {
            while (socket.State == WebSocketState.Open && (await socket.ReceiveAsync(buffer, CancellationToken.None)).MessageType != WebSocketMessageType.Close)
            {
            }
        }
        catch (WebSocketException)
        {
            // Gone without a close handshake.
        }
        finally
        {
            queue.TryComplete();
        }
    }

    private sealed class Subscribers
    {
        private readonly Lock _gate = new();
        private ChannelWriter<byte[]>[] _all = [];

        public void Add(ChannelWriter<byte[]> subscriber)
        {
            lock (_gate)
            {
                _all = [.. _all, subscriber];
            }
        }

        public void Remove(ChannelWriter<byte[]> subscriber)
        {
            lock (_gate)
            {
                _all = [.. _all.Where(s => s != subscriber)];
            }

            subscriber.TryComplete();
        }

        // Copy-on-write: a broadcast reads the array without a lock.
        public void Broadcast(byte[] message)
        {
            foreach (var subscriber in Volatile.Read(ref _all))
            {
                subscriber.TryWrite(message);
            }
        }
    }
}
