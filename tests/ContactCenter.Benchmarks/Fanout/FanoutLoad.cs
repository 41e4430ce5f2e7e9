using System.Globalization;
using ContactCenter.Benchmarks.Load;

namespace ContactCenter.Benchmarks.Fanout;

/// <summary>
/// One event to N subscribers at rising rates, through three servers in the same run: the bare
/// Kestrel broadcast (the ceiling), Node.js socket.io 4 (a popular peer) and the product. Each
/// server gets its subscribers added size by size (100, then 1,000, then 5,000: the same sockets
/// stay, so a run opens each port once) and, per size, rounds at rising offered rates until one
/// does not keep up (<see cref="FanoutFigures.Sustained"/>). Everything is bounded: sizes, rates, seconds per round, the drain.
/// </summary>
public static class FanoutLoad
{
    private const int ConnectParallelism = 32;

    public static async Task<IReadOnlyList<FanoutFigures>> RunAsync(IReadOnlyList<int> sizes, IReadOnlyList<int> rates, TimeSpan length)
    {
        Console.WriteLine($"Fan-out: {string.Join('/', sizes)} clients at {string.Join('/', rates)} deliveries/s, {length.TotalSeconds} s a round, {Environment.ProcessorCount} cores");
        var figures = new List<FanoutFigures>();
        Func<Task<IFanoutTarget>>[] targets =
        [
            async () => await BareTarget.StartAsync(),
            async () => await SocketIoTarget.StartAsync(),
            async () => await ProductTarget.StartAsync(),
        ];
        Problems.Clear();
        foreach (var start in targets)
        {
            await using var target = await start();
            var subscribers = new List<FanoutSocket>();
            try
            {
                foreach (var size in sizes)
                {
                    await ConnectAsync(target, subscribers, size);
                    Console.WriteLine($"  {target.Name}: {size} subscribers");
                    // Warm-up: the first events pay for JIT and cold buffers.
                    await FanoutRound.RunAsync(target.Name, subscribers, target.PublishAsync, Math.Min(rates[0], size * 20), TimeSpan.FromSeconds(1), () => target.ServerCpu);
                    foreach (var rate in rates)
                    {
                        var round = await FanoutRound.RunAsync(target.Name, subscribers, target.PublishAsync, rate, length, () => target.ServerCpu);
                        figures.Add(round);
                        Console.WriteLine($"    {rate} offered: p50 {round.P50Ms:F1} ms, p99 {round.P99Ms:F1} ms, lost {round.Lost}");
                        if (!round.Sustained)
                        {
                            break;
                        }
                    }
                }
            }
            catch (TimeoutException e) when (!BenchmarkRun.Smoke)
            {
                // A full run still writes what it measured; the smoke test fails on it instead.
                Problems.Add($"{target.Name}: {e.Message}");
                Console.WriteLine($"  {e.Message}");
            }
            finally
            {
                await Parallel.ForEachAsync(subscribers, new ParallelOptions { MaxDegreeOfParallelism = ConnectParallelism }, async (s, _) => await s.DisposeAsync());
            }
        }

        return figures;
    }

    /// <summary>What a full run could not measure, written beside its figures.</summary>
    private static List<string> Problems { get; } = [];

    private static async Task ConnectAsync(IFanoutTarget target, List<FanoutSocket> subscribers, int size)
    {
        var added = new FanoutSocket[Math.Max(0, size - subscribers.Count)];
        await BenchmarkRun.BoundedAsync(Parallel.ForEachAsync(Enumerable.Range(0, added.Length), new ParallelOptions { MaxDegreeOfParallelism = ConnectParallelism },
            async (i, _) => added[i] = await target.SubscribeAsync()),
            $"Connecting {size} subscribers to {target.Name}");
        subscribers.AddRange(added);
    }

    /// <summary>The figures the issue asks for, as sentences beside the table: each ratio with its goal.</summary>
    public static IReadOnlyList<string> Verdicts(IReadOnlyList<FanoutFigures> figures, int goalClients, int goalRate)
    {
        var notes = new List<string>
        {
            $"Goal: product p99 within 1.3x of the bare ceiling at {goalRate:N0} deliveries/s to {goalClients:N0} clients, and more deliveries/s sustained than socket.io (sustained: nothing lost within the drain and at least 90% of the offered rate delivered, timed to the last arrival).",
        };
        var servers = figures.Select(f => f.Server).Distinct().ToList();
        foreach (var clients in figures.Select(f => f.Clients).Distinct())
        {
            var most = servers.Select(s => $"{s}: {MostSustained(figures, s, clients)}");
            notes.Add($"{clients} clients, most deliveries/s sustained: {string.Join("; ", most)}.");
        }

        var bare = At(figures, "bare", goalClients, goalRate);
        var product = At(figures, "product", goalClients, goalRate);
        notes.Add(bare is null || product is null
            ? $"p99 ratio at {goalRate:N0}/s to {goalClients:N0}: not measured (a server lost deliveries before that rate, or the size was not run)."
            : $"p99 ratio product / bare at {goalRate:N0}/s to {goalClients:N0}: {(product.P99Ms / bare.P99Ms).ToString("F2", CultureInfo.InvariantCulture)} (goal ≤ 1.30).");
        notes.AddRange(Problems.Select(p => $"Not measured: {p}"));
        return notes;
    }

    private static string MostSustained(IReadOnlyList<FanoutFigures> figures, string server, int clients) =>
        figures.Where(f => f.Server == server && f.Clients == clients && f.Sustained).Select(f => f.OfferedPerSecond).DefaultIfEmpty().Max() is var most and > 0
            ? most.ToString("N0", CultureInfo.InvariantCulture) : "none";

    private static FanoutFigures? At(IReadOnlyList<FanoutFigures> figures, string serverPrefix, int clients, int rate) =>
        figures.FirstOrDefault(f => f.Server.StartsWith(serverPrefix, StringComparison.Ordinal) && f.Clients == clients && f.OfferedPerSecond == rate && f.Lossless);
}
