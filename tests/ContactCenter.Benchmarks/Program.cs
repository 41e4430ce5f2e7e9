using BenchmarkDotNet.Running;

// Not a test: prints figures. Run with
//   dotnet run -c Release --project tests/ContactCenter.Benchmarks -- --filter '*'
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
