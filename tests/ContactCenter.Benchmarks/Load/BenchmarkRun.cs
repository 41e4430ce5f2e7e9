using System.Diagnostics;

namespace ContactCenter.Benchmarks.Load;

/// <summary>
/// What every mode of one run shares: its arguments, whether it is a smoke run (seconds, tiny
/// sizes: the test suite runs each mode so that none can rot), and where its figures go.
/// </summary>
public static class BenchmarkRun
{
    /// <summary>The command line as given, written beside the figures so a run can be repeated.</summary>
    public static IReadOnlyList<string> Arguments { get; set; } = [];

    public static bool Smoke { get; set; }

    /// <summary>Where each run's folder is made; artifacts/benchmarks/ unless a test points elsewhere.</summary>
    public static string OutputRoot { get; set; } = Path.Combine(Repository.Root, "artifacts", "benchmarks");

    /// <summary>The most a smoke round may take, so a stuck server fails the test instead of hanging it.</summary>
    public static TimeSpan Bound => Smoke ? TimeSpan.FromSeconds(30) : TimeSpan.FromMinutes(10);

    /// <summary>Reads the int argument at <paramref name="index"/> after the mode, or the default.</summary>
    public static int IntArgument(string[] args, int index, int fallback) =>
        args.Length > index && !args[index].StartsWith("--", StringComparison.Ordinal)
            ? int.TryParse(args[index], System.Globalization.CultureInfo.InvariantCulture, out var value) && value > 0
                ? value
                : throw new ArgumentException($"Argument {index} ('{args[index]}') must be a positive whole number.")
            : fallback;

    /// <summary>Waits for a task within <see cref="Bound"/>, naming what did not finish.</summary>
    public static async Task<T> BoundedAsync<T>(Task<T> task, string what)
    {
        try
        {
            return await task.WaitAsync(Bound);
        }
        catch (TimeoutException) when (!task.IsCompleted)
        {
            throw new TimeoutException($"{what} did not finish within {Bound.TotalSeconds} s.");
        }
    }

    public static async Task BoundedAsync(Task task, string what)
    {
        try
        {
            await task.WaitAsync(Bound);
        }
        catch (TimeoutException) when (!task.IsCompleted)
        {
            throw new TimeoutException($"{what} did not finish within {Bound.TotalSeconds} s.");
        }
    }

    /// <summary>Memory of this load process, reported so a reader can tell the client's cost from the server's.</summary>
    public static double LoadWorkingSetMb => Process.GetCurrentProcess().WorkingSet64 / 1024.0 / 1024.0;
}
