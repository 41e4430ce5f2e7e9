using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using ContactCenter.Testing;

namespace ContactCenter.Benchmarks.Load;

/// <summary>
/// A server a benchmark drives from outside, as its own process on a loopback port: the product as
/// a user runs it (published in Release, Production, against the benchmark's private PostgreSQL in
/// a schema of its own), or the bare baseline (<see cref="BareServer"/>).
/// </summary>
public sealed class ServerProcess : IAsyncDisposable
{
    private readonly Process _process;

    private ServerProcess(Process process, Uri address)
    {
        _process = process;
        Address = address;
    }

    public Uri Address { get; }

    public int ProcessId => _process.Id;

    /// <summary>
    /// Publishes once per benchmark run (a later call reuses it) and starts a product node, on
    /// <paramref name="port"/> when given (a node started again where it was).
    /// </summary>
    public static async Task<ServerProcess> StartProductAsync(IDictionary<string, string> settings, int? port = null)
    {
        var published = await ServerPublish.PublishedAsync();
        var cluster = await TestPostgres.GetAsync();
        port ??= FreePort();
        var start = Redirected(CorePinning.Server("dotnet", [Path.Combine(published, "ContactCenter.Server.dll")]));
        start.WorkingDirectory = published;
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        start.Environment["ASPNETCORE_URLS"] = $"http://127.0.0.1:{port.Value}";
        start.Environment["ConnectionStrings__Postgres"] = cluster.ConnectionString;
        start.Environment["ContactCenter__Database__Schema"] = $"bench_{Guid.NewGuid():N}"[..24];
        start.Environment["ContactCenter__Seeding__Directory"] = Path.Combine(Repository.Root, "seeds");
        start.Environment["Logging__LogLevel__Default"] = "Error";
        foreach (var (key, value) in settings)
        {
            start.Environment[key.Replace(":", "__", StringComparison.Ordinal)] = value;
        }

        return await StartedAsync(start, port.Value);
    }

    /// <summary>A graceful stop (SIGTERM), as a deploy or a restart does: the node drains its clients and exits.</summary>
    public async Task StopGracefullyAsync(TimeSpan patience)
    {
        using (var term = Process.Start("kill", ["-TERM", _process.Id.ToString(CultureInfo.InvariantCulture)]))
        {
            await term.WaitForExitAsync();
        }

        await _process.WaitForExitAsync().WaitAsync(patience);
    }

    /// <summary>The baseline: this program again, as <see cref="BareServer"/>, on the same PostgreSQL.</summary>
    public static async Task<ServerProcess> StartBareAsync()
    {
        var cluster = await TestPostgres.GetAsync();
        var port = FreePort();
        var start = Redirected(CorePinning.Server("dotnet",
            [ThisProgram, "bare-server", port.ToString(CultureInfo.InvariantCulture), cluster.ConnectionString]));
        return await StartedAsync(start, port);
    }

    /// <summary>The fan-out ceiling: this program again, as <see cref="Fanout.BareBroadcast"/>.</summary>
    public static async Task<ServerProcess> StartBareBroadcastAsync()
    {
        var port = FreePort();
        var start = Redirected(CorePinning.Server("dotnet", [ThisProgram, "bare-broadcast", port.ToString(CultureInfo.InvariantCulture)]));
        return await StartedAsync(start, port);
    }

    /// <summary>Any other server program that listens on <paramref name="port"/> and answers /health/ready.</summary>
    public static async Task<ServerProcess> StartProgramAsync(string program, IEnumerable<string> arguments, int port, string workingDirectory)
    {
        var start = Redirected(CorePinning.Server(program, arguments));
        start.WorkingDirectory = workingDirectory;
        return await StartedAsync(start, port);
    }

    // Started by a test, this assembly sits in the test's output without its runtime config: the
    // benchmark project's own build output (same configuration) has it.
    private static string ThisProgram
    {
        get
        {
            var here = typeof(BareServer).Assembly.Location;
            if (File.Exists(Path.ChangeExtension(here, ".runtimeconfig.json")))
            {
                return here;
            }

            var configuration = new DirectoryInfo(Path.GetDirectoryName(here)!).Parent!.Name;
            var own = Path.Combine(Repository.Root, "tests", "ContactCenter.Benchmarks", "bin", configuration, "net10.0", Path.GetFileName(here));
            return File.Exists(own) ? own : throw new InvalidOperationException($"Build tests/ContactCenter.Benchmarks in {configuration} first: {own} is missing.");
        }
    }

    private static ProcessStartInfo Redirected(ProcessStartInfo start)
    {
        start.RedirectStandardOutput = true;
        start.RedirectStandardError = true;
        return start;
    }

    private static async Task<ServerProcess> StartedAsync(ProcessStartInfo start, int port)
    {
        var process = Process.Start(start)!;
        // Drained, not shown (a full pipe would stall the server); kept in a file per process when
        // CONTACTCENTER_BENCHMARK_SERVER_LOGS names a folder, to read what a node logged during a run.
        var log = Environment.GetEnvironmentVariable("CONTACTCENTER_BENCHMARK_SERVER_LOGS") is { Length: > 0 } dir ? new StreamWriter(Path.Combine(dir, $"node-{process.Id}.log")) { AutoFlush = true } : null;
        process.OutputDataReceived += (_, line) => { if (log is not null && line.Data is { } text) lock (log) log.WriteLine(text); };
        process.ErrorDataReceived += (_, line) => { if (line.Data is { } text) Console.Error.WriteLine($"  server: {text}"); };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var node = new ServerProcess(process, new Uri($"http://127.0.0.1:{port}"));
        await node.ReadyAsync();
        return node;
    }

    private async Task ReadyAsync()
    {
        using var http = new HttpClient { BaseAddress = Address };
        var deadline = Stopwatch.StartNew();
        while (deadline.Elapsed < TimeSpan.FromMinutes(2))
        {
            if (_process.HasExited)
            {
                throw new InvalidOperationException($"The server stopped at start with exit code {_process.ExitCode}.");
            }

            try
            {
                if ((await http.GetAsync(new Uri("/health/ready", UriKind.Relative))).IsSuccessStatusCode)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }

            await Task.Delay(250);
        }

        throw new TimeoutException("The server did not become ready within 2 minutes.");
    }

    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    /// <summary>CPU time the server process has used so far.</summary>
    public TimeSpan CpuTime
    {
        get
        {
            _process.Refresh();
            return _process.TotalProcessorTime;
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }

        _process.Dispose();
    }
}
