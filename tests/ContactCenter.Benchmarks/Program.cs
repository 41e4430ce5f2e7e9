using System.Globalization;
using BenchmarkDotNet.Running;
using ContactCenter.Benchmarks.Delivery;
using ContactCenter.Benchmarks.Desk;
using ContactCenter.Benchmarks.Load;
using ContactCenter.Benchmarks.Routing;

// Not tests: they print figures. Micro-benchmarks:
//   dotnet run -c Release --project tests/ContactCenter.Benchmarks -- --filter '*'
// Routing under load against the real server and a private PostgreSQL:
//   dotnet run -c Release --project tests/ContactCenter.Benchmarks -- routing [agents] [chats]
// Memory per signed-in agent's desk, N desks in Chromium against the published server, beside N empty circuits:
//   dotnet run -c Release --project tests/ContactCenter.Benchmarks -- desk [desks] [--hold]
// (--hold keeps the server and the pages open after the figures, for dotnet-gcdump.)
// Customer send to agent push, the published server in Production against a raw-insert baseline:
//   dotnet run -c Release --project tests/ContactCenter.Benchmarks -- delivery [chats] [msg/s per chat] [seconds]
if (args is ["bare-server", var port, var connectionString])
{
    await BareServer.RunAsync(int.Parse(port, CultureInfo.InvariantCulture), connectionString);
}
else if (args is ["delivery", ..])
{
    var chats = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 1000;
    var rate = args.Length > 2 ? double.Parse(args[2], CultureInfo.InvariantCulture) : 1;
    var seconds = args.Length > 3 ? int.Parse(args[3], CultureInfo.InvariantCulture) : 30;
    var figures = await DeliveryLoad.RunAsync(chats, rate, TimeSpan.FromSeconds(seconds));
    BenchmarkReport.Write("delivery", figures,
    [
        ("delivered msg/s", f => f.MessagesPerSecond), ("p50 ms", f => f.P50Ms), ("p99 ms", f => f.P99Ms), ("max ms", f => f.MaxMs),
        ("p99 ratio", f => f.P99Ms / figures[0].P99Ms), ("lost", f => f.Lost), ("duplicates", f => f.Duplicates), ("errors", f => f.Errors),
        ("server CPU ms/msg", f => f.ServerCpuMsPerMessage),
    ], f => f.Round);
}
else if (args is ["desk", ..])
{
    var desks = args.Length > 1 && args[1] != "--hold" ? int.Parse(args[1], CultureInfo.InvariantCulture) : 100;
    var figures = await DeskMemory.RunAsync(desks > 0 ? desks : throw new ArgumentException("The number of desks must be at least 1."), hold: args.Contains("--hold"));
    BenchmarkReport.Write("desk", figures,
    [
        ("pages", f => f.Pages), ("heap MB", f => f.HeapMb), ("RSS MB", f => f.ResidentMb), ("heap KB per page", f => f.HeapKbPerPage),
        ("RSS KB per page", f => f.ResidentKbPerPage), ("ratio to empty circuit", f => f.RatioToEmpty),
    ], f => f.Round);
}
else if (args is ["routing", ..])
{
    var agents = args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 200;
    var chats = args.Length > 2 ? int.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture) : 1000;
    await RoutingLoad.RunAsync(agents, chats);
}
else
{
    BenchmarkSwitcher.FromAssembly(typeof(RoutingLoad).Assembly).Run(args);
}
