using System.Collections.Concurrent;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace ContactCenter.Benchmarks.Load;

/// <summary>
/// The delivery baseline: the least a persisted chat can cost on this machine. A bare Kestrel
/// WebSocket endpoint that speaks just enough of the JSON hub protocol for <see cref="HubSocket"/>:
/// a customer's SendMessage is inserted with raw Npgsql in its own transaction, pushed to the
/// agent socket of the same chat, then acknowledged. Run as its own process, like the product.
/// </summary>
public static class BareServer
{
    private const char RecordSeparator = '\u001e';

    public static async Task RunAsync(int port, string connectionString)
    {
        await using var database = NpgsqlDataSource.Create(connectionString);
        await using (var create = database.CreateCommand("CREATE TABLE IF NOT EXISTS bare_messages (id uuid PRIMARY KEY, chat int NOT NULL, text text NOT NULL, at timestamptz NOT NULL)"))
        {
            await create.ExecuteNonQueryAsync();
        }

        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.SetMinimumLevel(LogLevel.Error);
        builder.WebHost.UseUrls($"http://127.0.0.1:{port}");
        var app = builder.Build();
        app.UseWebSockets();
        var agents = new ConcurrentDictionary<int, Peer>();
        app.MapGet("/health/ready", () => "ok");
        // A customer names its chat and the agent socket that answers it: /bare/customer/{chat}/{agent}, /bare/agent/{agent}.
        app.Map("/bare/{role}/{chat:int}/{agent:int?}", async (HttpContext context, string role, int chat, int? agent) =>
        {
            using var socket = await context.WebSockets.AcceptWebSocketAsync();
            var peer = new Peer(socket);
            if (role == "agent")
            {
                agents[chat] = peer;
            }

            await peer.ServeAsync(frame => role == "customer" ? CustomerSentAsync(peer, frame, chat, agent ?? 0) : Task.CompletedTask);
        });
        await app.RunAsync();

        async Task CustomerSentAsync(Peer customer, JsonElement invocation, int chat, int agentIndex)
        {
            var arguments = invocation.GetProperty("arguments");
            var messageId = arguments[1].GetGuid();
            await using (var connection = await database.OpenConnectionAsync())
            await using (var transaction = await connection.BeginTransactionAsync())
            {
                await using var insert = new NpgsqlCommand("INSERT INTO bare_messages (id, chat, text, at) VALUES ($1, $2, $3, now())", connection, transaction)
                {
                    Parameters = { new() { Value = messageId }, new() { Value = chat }, new() { Value = arguments[2].GetString()! } },
                };
                await insert.ExecuteNonQueryAsync();
                await transaction.CommitAsync();
            }

            if (agents.TryGetValue(agentIndex, out var agent))
            {
                await agent.SendAsync(JsonSerializer.Serialize(new { type = 1, target = "ConversationEvent", arguments = new object[] { new { payload = new { kind = "message", message = new { id = messageId } } } } }));
            }

            await customer.SendAsync(JsonSerializer.Serialize(new { type = 3, invocationId = invocation.GetProperty("invocationId").GetString(), result = new { version = 1 } }));
        }
    }

    private sealed class Peer(WebSocket socket)
    {
        // One send at a time on a WebSocket; the lock lives as long as the process, like the socket's peer.
        private readonly Lock _sending = new();
        private Task _last = Task.CompletedTask;

        public async Task ServeAsync(Func<JsonElement, Task> invoked)
        {
            var buffer = new byte[16 * 1024];
            var pending = new StringBuilder();
            var handshaken = false;
            while (socket.State == WebSocketState.Open)
            {
                var received = await socket.ReceiveAsync(buffer, CancellationToken.None);
                if (received.MessageType == WebSocketMessageType.Close)
                {
                    return;
                }

                pending.Append(Encoding.UTF8.GetString(buffer, 0, received.Count));
                var text = pending.ToString();
                var frames = text.Split(RecordSeparator);
                pending.Clear().Append(frames[^1]);
                foreach (var frame in frames[..^1])
                {
                    if (!handshaken)
                    {
                        handshaken = true;
                        await SendAsync("{}");
                        continue;
                    }

                    using var document = JsonDocument.Parse(frame);
                    if (document.RootElement.GetProperty("type").GetInt32() == 1)
                    {
                        // Not awaited: like the hub, a slow insert does not hold up this socket's next frame.
                        var invocation = document.RootElement.Clone();
                        _ = Task.Run(() => invoked(invocation));
                    }
                }
            }
        }

        public async Task SendAsync(string frame)
        {
            var bytes = Encoding.UTF8.GetBytes(frame + RecordSeparator);
            Task sent;
            lock (_sending)
            {
                // Chained so sends never overlap, without holding a lock across an await.
                sent = _last = _last.ContinueWith(_ => socket.SendAsync(bytes, WebSocketMessageType.Text, endOfMessage: true, CancellationToken.None), TaskScheduler.Default).Unwrap();
            }

            await sent;
        }
    }
}
