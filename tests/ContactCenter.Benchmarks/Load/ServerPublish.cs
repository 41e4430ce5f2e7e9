using System.Diagnostics;

namespace ContactCenter.Benchmarks.Load;

/// <summary>The product as a user runs it: published in Release once per benchmark process, reused by every node it starts.</summary>
internal static class ServerPublish
{
    private static readonly SemaphoreSlim Publishing = new(1, 1);
    private static string? _published;

    public static async Task<string> PublishedAsync()
    {
        await Publishing.WaitAsync();
        try
        {
            if (_published is not null)
            {
                return _published;
            }

            var output = Path.Combine(Repository.Root, "artifacts", "benchmarks", "server");
            Console.WriteLine("Publishing the server (Release)...");
            // A smoke run inside the test suite comes after the solution's Release build: publishing reuses it.
            string[] reuse = BenchmarkRun.Smoke ? ["--no-build"] : [];
            using var publish = Process.Start(new ProcessStartInfo("dotnet",
                ["publish", Path.Combine(Repository.Root, "src", "ContactCenter.Server"), "-c", "Release", "-o", output, "-nologo", "-v", "quiet", .. reuse]))!;
            await publish.WaitForExitAsync();
            return publish.ExitCode == 0 ? _published = output : throw new InvalidOperationException("dotnet publish failed.");
        }
        finally
        {
            Publishing.Release();
        }
    }
}
