using System.Collections.Concurrent;
using ContactCenter.Benchmarks.Load;
using System.Diagnostics;
using System.Net.Http.Json;
using ContactCenter.Contracts;
using ContactCenter.Contracts.Access;
using ContactCenter.Contracts.Conversations;
using ContactCenter.Contracts.Realtime;
using ContactCenter.Testing;
using Microsoft.AspNetCore.SignalR.Client;

namespace ContactCenter.Benchmarks.Routing;

/// <summary>One routing figure: chats started (baseline) or offered per second, and the wait for the offer.</summary>
public sealed record RoutingFigures(string Round, int Agents, int Chats, double PerSecond, double Ratio, double P50Ms, double P99Ms, double MaxMs, int NotOffered);

/// <summary>
/// Many ready agents, a burst of chats: how fast the router offers and how long a customer waits
/// for the offer to reach an agent's screen. The baseline, measured in the same run, is the same
/// burst of chats started with no agent ready (persistence alone), so the ratio is routing's cost.
/// </summary>
public static class RoutingLoad
{
    public static async Task<string> RunAsync(int agentCount, int chatCount)
    {
        Console.WriteLine($"Routing load: {agentCount} agents, {chatCount} chats, {Environment.ProcessorCount} cores");
        var baseline = await MeasureStartsAsync(chatCount);
        Console.WriteLine($"Baseline (start {chatCount} chats, no routing): {chatCount / baseline.TotalSeconds:F1} chats/s");
        var starts = chatCount / baseline.TotalSeconds;

        await using var host = await ServerHost.StartAsync(s =>
        {
            s["Logging:LogLevel:Default"] = "Error";
            // Every load customer comes from this one address: the per-address start limit would measure itself.
            s["ContactCenter:Limits:ChatStartsPerMinute"] = "1000000";
        });
        var capacity = (int)Math.Ceiling(chatCount / (double)agentCount);
        var agents = await ConnectAgentsAsync(host, agentCount, capacity);
        var offeredAt = new ConcurrentDictionary<Guid, long>();
        var allOffered = new TaskCompletionSource();
        foreach (var (client, name) in agents)
        {
            client.On<ConversationEventDto>(nameof(IAgentClient.ConversationEvent), step =>
            {
                if (step.Payload is OfferedStep offer && offer.AgentName == name && offeredAt.TryAdd(step.ConversationId, Stopwatch.GetTimestamp()))
                {
                    _ = client.InvokeAsync<CommandAck>(nameof(IAgentHub.AcceptOffer), step.ConversationId);
                    if (offeredAt.Count == chatCount) allOffered.TrySetResult();
                }
            });
        }

        var startedAt = new ConcurrentDictionary<Guid, long>();
        var clock = Stopwatch.StartNew();
        await Parallel.ForEachAsync(Enumerable.Range(1, chatCount), new ParallelOptions { MaxDegreeOfParallelism = 16 }, async (i, _) =>
        {
            var before = Stopwatch.GetTimestamp();
            var session = await host.StartChatAsync($"Load customer {i}");
            startedAt[session.ConversationId!.Value] = before;
        });
        await BenchmarkRun.BoundedAsync(allOffered.Task, $"Offering {chatCount} chats");
        clock.Stop();

        var waits = startedAt.Select(s => Stopwatch.GetElapsedTime(s.Value, offeredAt[s.Key]).TotalMilliseconds).Order().ToArray();
        var throughput = chatCount / clock.Elapsed.TotalSeconds;
        Console.WriteLine($"Routed: {chatCount} offers in {clock.Elapsed.TotalSeconds:F1} s = {throughput:F1} offers/s (ratio to baseline {throughput / (chatCount / baseline.TotalSeconds):F2})");
        Console.WriteLine($"Start to offer on the agent's client: p50 {Percentile(waits, 0.50):F0} ms, p99 {Percentile(waits, 0.99):F0} ms, max {waits[^1]:F0} ms");
        foreach (var (client, _) in agents)
        {
            await client.DisposeAsync();
        }

        RoutingFigures[] rows =
        [
            new("baseline (starts, no routing)", agentCount, chatCount, starts, 1, double.NaN, double.NaN, double.NaN, 0),
            new("routed (start → offer on the agent's client)", agentCount, chatCount, throughput, throughput / starts,
                Percentile(waits, 0.50), Percentile(waits, 0.99), waits[^1], chatCount - offeredAt.Count),
        ];
        return BenchmarkReport.Write("routing", rows,
        [
            ("agents", f => f.Agents), ("chats", f => f.Chats), ("per s", f => f.PerSecond), ("ratio to baseline", f => f.Ratio),
            ("p50 ms", f => f.P50Ms), ("p99 ms", f => f.P99Ms), ("max ms", f => f.MaxMs), ("not offered", f => f.NotOffered),
        ], f => f.Round, ["Goal: ≥ 1,000 assignments/s stored; start → offer p99 ≤ 50 ms below saturation. In-process host, .NET HubConnection agents."]);
    }

    private static async Task<TimeSpan> MeasureStartsAsync(int chatCount)
    {
        await using var host = await ServerHost.StartAsync(s =>
        {
            s["Logging:LogLevel:Default"] = "Error";
            s["ContactCenter:Routing:Enabled"] = "false";
            s["ContactCenter:Limits:ChatStartsPerMinute"] = "1000000";
        });
        var clock = Stopwatch.StartNew();
        await Parallel.ForEachAsync(Enumerable.Range(1, chatCount), new ParallelOptions { MaxDegreeOfParallelism = 16 },
            async (i, _) => await host.StartChatAsync($"Baseline customer {i}"));
        return clock.Elapsed;
    }

    private static async Task<List<(HubConnection Client, string Name)>> ConnectAgentsAsync(ServerHost host, int count, int capacity)
    {
        using var admin = await host.SignedInAsync("ada.admin");
        var agents = new List<(HubConnection, string)>();
        for (var i = 1; i <= count; i++)
        {
            var name = $"Load Agent {i}";
            var created = await admin.PostAsJsonAsync(ApiRoutes.Users, new CreateUserRequest($"load.agent{i}", name, $"load{i}@demo.local", "LoadTest!2026", ["agent"], ["support"]));
            created.EnsureSuccessStatusCode();
            var agent = await ChatClients.ConnectAsync(host, ApiRoutes.AgentHub, await host.TokenAsync($"load.agent{i}", "LoadTest!2026"));
            await agent.InvokeAsync<Contracts.Agents.AgentPresenceDto>(nameof(IAgentHub.SetChannel), "Chat", true, capacity);
            await agent.InvokeAsync<Contracts.Agents.AgentPresenceDto>(nameof(IAgentHub.ChooseState), "Ready", null);
            agents.Add((agent, name));
        }

        return agents;
    }

    private static double Percentile(double[] sorted, double p) => sorted[Math.Clamp((int)Math.Ceiling(p * sorted.Length) - 1, 0, sorted.Length - 1)];
}
