using System.Globalization;
using ContactCenter.Benchmarks.Delivery;
using ContactCenter.Benchmarks.Fanout;
using ContactCenter.Benchmarks.Load;
using ContactCenter.Benchmarks.Routing;
using ContactCenter.Benchmarks.Soak;
using ContactCenter.Benchmarks.Storage;
using ContactCenter.Benchmarks.TwoNodes;

namespace ContactCenter.Benchmarks;

/// <summary>
/// The measured modes, callable from the command line and from the smoke tests alike: each writes
/// its figures (<see cref="BenchmarkReport"/>) and returns the folder. "--smoke" anywhere runs the
/// same code with the same processes at tiny sizes for a few seconds.
/// </summary>
public static class BenchmarkModes
{
    public static readonly string[] Names = ["delivery", "routing", "fanout", "storage", "two-nodes", "soak"];

    public static async Task<string> RunAsync(string[] commandLine)
    {
        BenchmarkRun.Arguments = commandLine;
        BenchmarkRun.Smoke = commandLine.Contains("--smoke");
        var args = commandLine.Where(a => a != "--smoke").ToArray();
        CorePinning.PinLoad();
        var smoke = BenchmarkRun.Smoke;
        return args[0] switch
        {
            "delivery" => await DeliveryAsync(
                BenchmarkRun.IntArgument(args, 1, smoke ? 4 : 1000), args.Length > 2 ? Rate(args[2]) : smoke ? 2 : 1, BenchmarkRun.IntArgument(args, 3, smoke ? 2 : 30)),
            "routing" => await RoutingLoad.RunAsync(BenchmarkRun.IntArgument(args, 1, smoke ? 2 : 200), BenchmarkRun.IntArgument(args, 2, smoke ? 4 : 1000)),
            "fanout" => FanoutReport(await FanoutLoad.RunAsync(
                smoke ? [5, 20] : [100, 1000, 5000], smoke ? [200, 1000] : [10_000, 25_000, 50_000, 100_000],
                TimeSpan.FromSeconds(BenchmarkRun.IntArgument(args, 1, smoke ? 1 : 5))), smoke ? 20 : 5000, smoke ? 1000 : 50_000),
            "storage" => StorageReport(await StorageLoad.RunAsync(smoke ? [1, 2] : [1, 8, 32], TimeSpan.FromSeconds(BenchmarkRun.IntArgument(args, 1, smoke ? 1 : 10)))),
            "two-nodes" => await TwoNodeLoad.RunAsync(BenchmarkRun.IntArgument(args, 1, smoke ? 4 : 200), BenchmarkRun.IntArgument(args, 2, smoke ? 2 : 20)),
            "soak" => await SoakLoad.RunAsync(smoke ? SoakPlan.Smoke
                : SoakPlan.Full(BenchmarkRun.IntArgument(args, 1, 500), BenchmarkRun.IntArgument(args, 2, 100), BenchmarkRun.IntArgument(args, 3, 10))),
            var other => throw new ArgumentException($"Unknown benchmark mode '{other}': use one of {string.Join(", ", Names)}."),
        };
    }

    private static double Rate(string text) =>
        double.TryParse(text, CultureInfo.InvariantCulture, out var rate) && rate > 0 ? rate : throw new ArgumentException($"The rate '{text}' must be a positive number of messages per second.");

    private static async Task<string> DeliveryAsync(int chats, double rate, int seconds)
    {
        var figures = await DeliveryLoad.RunAsync(chats, rate, TimeSpan.FromSeconds(seconds));
        return BenchmarkReport.Write("delivery", figures,
        [
            ("delivered msg/s", f => f.MessagesPerSecond), ("p50 ms", f => f.P50Ms), ("p99 ms", f => f.P99Ms), ("max ms", f => f.MaxMs),
            ("p99 ratio", f => f.P99Ms / figures[0].P99Ms), ("lost", f => f.Lost), ("duplicates", f => f.Duplicates), ("errors", f => f.Errors),
            ("server CPU ms/msg", f => f.ServerCpuMsPerMessage),
        ], f => f.Round, ["Goal: product p99 ≤ 2x the baseline's (raw insert + echo), nothing lost."]);
    }

    private static string FanoutReport(IReadOnlyList<FanoutFigures> figures, int goalClients, int goalRate) =>
        BenchmarkReport.Write("fanout", figures,
        [
            ("clients", f => f.Clients), ("offered/s", f => f.OfferedPerSecond), ("delivered/s", f => f.DeliveredPerSecond), ("events", f => f.Events),
            ("p50 ms", f => f.P50Ms), ("p99 ms", f => f.P99Ms), ("max ms", f => f.MaxMs), ("lost", f => f.Lost), ("publish errors", f => f.PublishErrors),
            ("server CPU %", f => f.ServerCpuPercent), ("sustained", f => f.Sustained ? 1 : 0),
        ], f => f.Server, FanoutLoad.Verdicts(figures, goalClients, goalRate));

    private static string StorageReport(IReadOnlyList<StorageFigures> figures) =>
        BenchmarkReport.Write("storage", figures,
        [
            ("writers", f => f.Writers), ("msg/s", f => f.PerSecond), ("ratio to raw", f => f.RatioToRaw), ("ack p50 ms", f => f.P50Ms), ("ack p99 ms", f => f.P99Ms),
            ("written", f => f.Written), ("errors", f => f.Errors),
        ], f => f.Path, ["Goal: the product's write path at least 60% of raw Npgsql inserts (ratio ≥ 0.60) at 8 writers. Each writer sends its next message once the last is acknowledged."]);
}
