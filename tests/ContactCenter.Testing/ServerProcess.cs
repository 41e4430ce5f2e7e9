using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;

namespace ContactCenter.Testing;

/// <summary>
/// The built server as a process of its own on a given loopback port, for what one process cannot
/// show: SIGKILL, SIGSTOP, SIGTERM. Settings go in as environment variables; its log is kept, and tells when it leads routing.
/// </summary>
public sealed partial class ServerProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly ConcurrentQueue<string> _log = new();
    private readonly TaskCompletionSource<long> _leading = new(TaskCreationOptions.RunContinuationsAsynchronously);

    private ServerProcess(Process process, int port)
    {
        _process = process;
        Address = new Uri($"http://127.0.0.1:{port}/");
    }

    public Uri Address { get; }
    public int Id => _process.Id;
    public bool HasExited => _process.HasExited;

    /// <summary>Completes with the epoch once this node leads routing.</summary>
    public Task<long> LeadingAsync => _leading.Task;

    public IReadOnlyList<string> Log => [.. _log];

    /// <summary>Starts the server and waits (bounded) until its readiness answers 200.</summary>
    public static async Task<ServerProcess> StartAsync(IDictionary<string, string?> settings, int? port = null)
    {
        var start = new ProcessStartInfo("dotnet", [Path.Combine(RepoFolders.Server, "ContactCenter.Server.dll")])
        {
            WorkingDirectory = RepoFolders.Server,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var (key, value) in settings)
        {
            start.Environment[key.Replace(":", "__", StringComparison.Ordinal)] = value;
        }

        var listen = port ?? TestProxy.FreePort();
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Testing";
        start.Environment["ASPNETCORE_URLS"] = $"http://127.0.0.1:{listen.ToString(CultureInfo.InvariantCulture)}";
        start.Environment["Logging__LogLevel__ContactCenter.Server.Features.Routing"] = "Information";
        var process = new Process { StartInfo = start };
        var server = new ServerProcess(process, listen);
        process.OutputDataReceived += (_, line) => server.Read(line.Data);
        process.ErrorDataReceived += (_, line) => server.Read(line.Data);
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        await server.WaitUntilReadyAsync();
        return server;
    }

    /// <summary>Sends a signal by name (KILL, STOP, CONT, TERM) through the kill command.</summary>
    public void Signal(string signal)
    {
        using var kill = Process.Start("kill", [$"-{signal}", _process.Id.ToString(CultureInfo.InvariantCulture)]);
        kill.WaitForExit();
        if (kill.ExitCode != 0)
        {
            throw new InvalidOperationException($"kill -{signal} {_process.Id} failed.");
        }
    }

    public Task WaitForExitAsync(TimeSpan patience) => _process.WaitForExitAsync().WaitAsync(patience);

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            Signal("CONT");
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }

        _process.Dispose();
    }

    private async Task WaitUntilReadyAsync()
    {
        using var http = new HttpClient { BaseAddress = Address, Timeout = TimeSpan.FromSeconds(5) };
        using var patience = new CancellationTokenSource(TimeSpan.FromSeconds(90));
        while (true)
        {
            if (_process.HasExited)
            {
                throw new InvalidOperationException($"The server process stopped at start: {string.Join(Environment.NewLine, _log.TakeLast(20))}");
            }

            try
            {
                using var ready = await http.GetAsync(new Uri("health/ready", UriKind.Relative), patience.Token);
                if (ready.IsSuccessStatusCode)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }
            catch (TaskCanceledException) when (!patience.IsCancellationRequested)
            {
                // One poll outlasted its 5 s on a busy machine (the process still starting): ask again.
            }

            await Task.Delay(100, patience.Token);
        }
    }

    private void Read(string? line)
    {
        if (line is null)
        {
            return;
        }

        _log.Enqueue(line);
        if (Leads().Match(line) is { Success: true } leads)
        {
            _leading.TrySetResult(long.Parse(leads.Groups[1].Value, CultureInfo.InvariantCulture));
        }
    }

    [GeneratedRegex(@"This node leads routing \(epoch (\d+)\)")]
    private static partial Regex Leads();
}
