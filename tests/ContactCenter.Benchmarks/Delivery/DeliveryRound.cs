using System.Collections.Concurrent;
using System.Diagnostics;
using System.Text.Json;
using ContactCenter.Benchmarks.Load;

namespace ContactCenter.Benchmarks.Delivery;

/// <summary>One chat under load: the customer's socket, the agent's socket, and how a send names the chat.</summary>
public sealed record ChatPair(HubSocket Customer, HubSocket Agent, Func<Guid, object?[]> SendArguments);

/// <summary>What one round measured: customer send → the agent's push of that message.</summary>
public sealed record DeliveryFigures(string Round, int Chats, double RatePerChat, double Seconds, int Sent, int Acknowledged, int Delivered, int Lost, int Duplicates, int Errors,
    double P50Ms, double P99Ms, double MaxMs, double ServerCpuMsPerMessage)
{
    public double MessagesPerSecond => Delivered / Seconds;
}

/// <summary>
/// Every customer sends on a fixed schedule (its own random phase) without waiting for the previous
/// acknowledgement, so a slow server shows as latency, not as fewer sends (no coordinated omission).
/// </summary>
public static class DeliveryRound
{
    private static readonly TimeSpan Drain = TimeSpan.FromSeconds(10);

    public static async Task<DeliveryFigures> RunAsync(string round, IReadOnlyList<ChatPair> chats, double ratePerChat, TimeSpan length, Func<TimeSpan> serverCpu)
    {
        var sentAt = new ConcurrentDictionary<Guid, long>();
        var delivered = new ConcurrentDictionary<Guid, double>();
        int acknowledged = 0, duplicates = 0, errors = 0;
        foreach (var agent in chats.Select(c => c.Agent).Distinct())
        {
            agent.Pushed = (target, step) =>
            {
                if (target == "ConversationEvent" && MessageIdOf(step) is { } id && sentAt.TryGetValue(id, out var at)
                    && !delivered.TryAdd(id, Stopwatch.GetElapsedTime(at).TotalMilliseconds))
                {
                    Interlocked.Increment(ref duplicates);
                }
            };
        }

        var cpuBefore = serverCpu();
        var interval = TimeSpan.FromSeconds(1 / ratePerChat);
        var started = Stopwatch.GetTimestamp();
        var sends = new ConcurrentBag<Task>();
        await Parallel.ForEachAsync(chats, new ParallelOptions { MaxDegreeOfParallelism = chats.Count }, async (chat, cancellationToken) =>
        {
            var due = interval * Random.Shared.NextDouble();
            while (due < length)
            {
                var wait = due - Stopwatch.GetElapsedTime(started);
                if (wait > TimeSpan.Zero)
                {
                    await Task.Delay(wait, cancellationToken);
                }

                var id = Guid.CreateVersion7();
                sentAt[id] = Stopwatch.GetTimestamp();
                sends.Add(SendAsync(chat, id));
                due += interval;
            }
        });
        await Task.WhenAll(sends);
        var drained = Stopwatch.StartNew();
        while (delivered.Count < acknowledged && drained.Elapsed < Drain)
        {
            await Task.Delay(50);
        }

        var cpu = serverCpu() - cpuBefore;
        var latencies = delivered.Values.Order().ToArray();
        return new DeliveryFigures(round, chats.Count, ratePerChat, length.TotalSeconds, sentAt.Count, acknowledged, delivered.Count,
            Math.Max(0, acknowledged - delivered.Count), duplicates, errors,
            Percentile(latencies, 0.50), Percentile(latencies, 0.99), latencies.Length == 0 ? double.NaN : latencies[^1],
            cpu.TotalMilliseconds / Math.Max(1, sentAt.Count));

        async Task SendAsync(ChatPair chat, Guid id)
        {
            try
            {
                await chat.Customer.InvokeAsync("SendMessage", chat.SendArguments(id));
                Interlocked.Increment(ref acknowledged);
            }
            catch (Exception e) when (e is InvalidOperationException or TimeoutException or System.Net.WebSockets.WebSocketException)
            {
                Interlocked.Increment(ref errors);
            }
        }
    }

    // The step of a chat message names the message's id: { payload: { kind: "message", message: { id } } }.
    private static Guid? MessageIdOf(JsonElement step) =>
        step.TryGetProperty("payload", out var payload)
        && payload.TryGetProperty("kind", out var kind) && kind.ValueEquals("message")
        && payload.TryGetProperty("message", out var message) && message.TryGetProperty("id", out var id) && id.TryGetGuid(out var messageId)
            ? messageId : null;

    private static double Percentile(double[] sorted, double p) =>
        sorted.Length == 0 ? double.NaN : sorted[Math.Clamp((int)Math.Ceiling(p * sorted.Length) - 1, 0, sorted.Length - 1)];
}
