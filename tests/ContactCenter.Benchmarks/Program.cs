using System.Globalization;
using BenchmarkDotNet.Running;
using ContactCenter.Benchmarks.Desk;
using ContactCenter.Benchmarks.Load;
using ContactCenter.Benchmarks.Routing;

// Not tests: they print figures. Micro-benchmarks:
//   dotnet run -c Release --project tests/ContactCenter.Benchmarks -- --filter '*'
// Routing under load against the real server and a private PostgreSQL:
//   dotnet run -c Release --project tests/ContactCenter.Benchmarks -- routing [agents] [chats]
// One event to 100/1,000/5,000 clients at rising rates: bare Kestrel, socket.io 4 and the product:
//   dotnet run -c Release --project tests/ContactCenter.Benchmarks -- fanout [seconds per round]
// Messages stored per second at 1/8/32 writers, product write path against raw Npgsql:
//   dotnet run -c Release --project tests/ContactCenter.Benchmarks -- storage [seconds per round]
// Delivery and routing through two published nodes and Redis, as a ratio to one node:
//   dotnet run -c Release --project tests/ContactCenter.Benchmarks -- two-nodes [chats] [seconds]
// Any of these with --smoke: the same processes at tiny sizes for seconds (the test suite runs them).
// Memory per signed-in agent's desk, N desks in Chromium against the published server, beside N empty circuits:
//   dotnet run -c Release --project tests/ContactCenter.Benchmarks -- desk [desks] [--hold]
// (--hold keeps the server and the pages open after the figures, for dotnet-gcdump.)
// Customer send to agent push, the published server in Production against a raw-insert baseline:
//   dotnet run -c Release --project tests/ContactCenter.Benchmarks -- delivery [chats] [msg/s per chat] [seconds]
if (args is ["bare-server", var port, var connectionString])
{
    await BareServer.RunAsync(int.Parse(port, CultureInfo.InvariantCulture), connectionString);
}
else if (args is ["bare-broadcast", var broadcastPort])
{
    await ContactCenter.Benchmarks.Fanout.BareBroadcast.RunAsync(int.Parse(broadcastPort, CultureInfo.InvariantCulture));
}
else if (args.Length > 0 && ContactCenter.Benchmarks.BenchmarkModes.Names.Contains(args[0]))
{
    await ContactCenter.Benchmarks.BenchmarkModes.RunAsync(args);
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
else
{
    BenchmarkSwitcher.FromAssembly(typeof(RoutingLoad).Assembly).Run(args);
}
