using ContactCenter.Benchmarks.Delivery;
using ContactCenter.Benchmarks.Load;
using ContactCenter.Testing;
using ServerProcess = ContactCenter.Benchmarks.Load.ServerProcess;

namespace ContactCenter.Benchmarks.TwoNodes;

/// <summary>
/// The delivery mode's chats through one published node, then through two published nodes that
/// share the database schema and a private redis-server as the backplane: every customer on node
/// A, every agent on node B, so each push crosses Redis. The figure is the ratio to one node.
/// </summary>
public static class TwoNodeLoad
{
    private const double RatePerChat = 1;

    public static async Task<string> RunAsync(int chatCount, int seconds)
    {
        Console.WriteLine($"Two nodes: {chatCount} chats x {RatePerChat} msg/s for {seconds} s, {Environment.ProcessorCount} cores");
        var length = TimeSpan.FromSeconds(seconds);
        var figures = new List<DeliveryFigures>();
        var costs = new Dictionary<string, StoreCost>();
        await using (var one = await ServerProcess.StartProductAsync(DeliveryLoad.LoadSettings))
        {
            figures.Add(await MeasureAsync("one node", await DeliveryLoad.ProductChatsAsync(one, chatCount), one, null, length,
                await StoreCounters.ForAsync(null), costs));
        }

        await using (var redis = await TestRedis.StartAsync())
        {
            var shared = new Dictionary<string, string>(DeliveryLoad.LoadSettings)
            {
                ["ConnectionStrings:Redis"] = redis.ConnectionString,
                ["ContactCenter:Redis:ChannelPrefix"] = $"bench-{Guid.NewGuid():N}",
                ["ContactCenter:Database:Schema"] = $"bench_{Guid.NewGuid():N}"[..24],
            };
            await using var a = await ServerProcess.StartProductAsync(shared);
            await using var b = await ServerProcess.StartProductAsync(shared);
            figures.Add(await MeasureAsync("two nodes + Redis (customer on A, agent on B)", await DeliveryLoad.ProductChatsAsync(a, chatCount, agentNode: b), a, b, length,
                await StoreCounters.ForAsync(redis.ConnectionString), costs));
        }

        var single = figures[0];
        return BenchmarkReport.Write("two-nodes", figures,
        [
            ("delivered msg/s", f => f.MessagesPerSecond), ("p50 ms", f => f.P50Ms), ("p99 ms", f => f.P99Ms), ("max ms", f => f.MaxMs),
            ("p99 ratio to one node", f => f.P99Ms / single.P99Ms), ("throughput ratio", f => f.MessagesPerSecond / single.MessagesPerSecond),
            ("lost", f => f.Lost), ("duplicates", f => f.Duplicates), ("errors", f => f.Errors), ("server CPU ms/msg (all nodes)", f => f.ServerCpuMsPerMessage),
            ("PostgreSQL commits/msg", f => costs[f.Round].PostgresCommits), ("PostgreSQL rows written/msg", f => costs[f.Round].PostgresRowsWritten),
            ("WAL bytes/msg", f => costs[f.Round].WalBytes), ("Redis commands/msg", f => costs[f.Round].RedisCommands),
            ("Redis bytes in/msg", f => costs[f.Round].RedisBytesIn), ("Redis bytes out/msg", f => costs[f.Round].RedisBytesOut),
        ], f => f.Round,
        [
            "Goal: two nodes within 1.5x of one node (p99 ratio ≤ 1.50), nothing lost.",
            "Routing through two published nodes is not measured by this mode yet; the routing mode measures one in-process node.",
            "Per message: the counters of the private PostgreSQL (pg_stat_database, WAL position) and redis-server (INFO stats) over the measured round, divided by the messages stored; " +
            "a message is one customer send, its acknowledgement and its push to the agent (and the pushes to anyone else who follows the chat).",
        ]);
    }

    private static async Task<DeliveryFigures> MeasureAsync(string round, List<ChatPair> chats, ServerProcess a, ServerProcess? b, TimeSpan length,
        StoreCounters counters, Dictionary<string, StoreCost> costs)
    {
        TimeSpan Cpu() => a.CpuTime + (b?.CpuTime ?? TimeSpan.Zero);
        await DeliveryRound.RunAsync("warm-up", chats, RatePerChat, TimeSpan.FromSeconds(BenchmarkRun.Smoke ? 1 : 5), Cpu);
        var before = await counters.ReadAsync();
        var figures = await DeliveryRound.RunAsync(round, chats, RatePerChat, length, Cpu);
        costs[round] = await counters.CostAsync(before, await counters.ReadAsync(), figures.Acknowledged);
        await DeliveryLoad.DisposeAsync(chats);
        return figures;
    }
}
