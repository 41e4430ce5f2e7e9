using System.Diagnostics;

namespace ContactCenter.Benchmarks.Load;

/// <summary>
/// Servers on core 0, the load on the other cores, with util-linux's taskset, so the client's
/// work does not hide inside the server's figures. Only for full runs on a machine with two cores
/// or more and taskset present; smoke runs share the test process and are not pinned.
/// </summary>
public static class CorePinning
{
    private const string TaskSet = "/usr/bin/taskset";

    public static bool Enabled => !BenchmarkRun.Smoke && Environment.ProcessorCount >= 2 && File.Exists(TaskSet);

    private static string LoadCores => Environment.ProcessorCount == 2 ? "1" : $"1-{Environment.ProcessorCount - 1}";

    public static string Description => Enabled
        ? $"servers pinned to core 0 and the load to cores {LoadCores} (taskset); PostgreSQL and Redis not pinned"
        : "not pinned (smoke run, one core, or no taskset)";

    /// <summary>The start of a server process, run under taskset on core 0 when pinning is on.</summary>
    public static ProcessStartInfo Server(string program, IEnumerable<string> arguments)
    {
        if (!Enabled)
        {
            return new ProcessStartInfo(program, arguments);
        }

        return new ProcessStartInfo(TaskSet, ["-c", "0", program, .. arguments]);
    }

    /// <summary>Moves every thread of this load process off core 0 (once, at the start of a full run).</summary>
    public static void PinLoad()
    {
        if (!Enabled)
        {
            return;
        }

        using var pin = Process.Start(new ProcessStartInfo(TaskSet, ["-a", "-cp", LoadCores, Environment.ProcessId.ToString(System.Globalization.CultureInfo.InvariantCulture)])
        {
            RedirectStandardOutput = true,
        })!;
        pin.WaitForExit();
    }
}
