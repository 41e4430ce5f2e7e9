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
// Memory per signed-in agent's desk connection (both ends live in the server process):
//   dotnet run -c Release --project tests/ContactCenter.Benchmarks -- desk [desks]
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
    await DeskMemory.RunAsync(args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 200);
}
else
{
    BenchmarkSwitcher.FromAssembly(typeof(RoutingLoad).Assembly).Run(args);
}
