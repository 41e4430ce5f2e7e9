using BenchmarkDotNet.Running;
using ContactCenter.Benchmarks.Desk;
using ContactCenter.Benchmarks.Routing;

// Not tests: they print figures. Micro-benchmarks:
//   dotnet run -c Release --project tests/ContactCenter.Benchmarks -- --filter '*'
// Routing under load against the real server and a private PostgreSQL:
//   dotnet run -c Release --project tests/ContactCenter.Benchmarks -- routing [agents] [chats]
// Memory per signed-in agent's desk connection (both ends live in the server process):
//   dotnet run -c Release --project tests/ContactCenter.Benchmarks -- desk [desks]
if (args is ["desk", ..])
{
    await DeskMemory.RunAsync(args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 200);
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
