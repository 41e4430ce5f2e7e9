using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace ContactCenter.Testing;

/// <summary>A private redis-server on a free loopback port, without persistence; stopped on dispose.</summary>
public sealed class TestRedis : IAsyncDisposable
{
    private readonly string _folder;

    private TestRedis(int port, string folder)
    {
        Port = port;
        _folder = folder;
    }

    public int Port { get; }

    public string ConnectionString => $"127.0.0.1:{Port},abortConnect=false,connectTimeout=2000";

    public static async Task<TestRedis> StartAsync()
    {
        var folder = TestFolders.NewTemporary("redis");
        Directory.CreateDirectory(folder);
        var redis = new TestRedis(FreePort(), folder);
        await redis.LaunchAsync();
        return redis;
    }

    /// <summary>Stops the server as an outage would (clients see their connections drop); <see cref="StartAgainAsync"/> brings it back on the same port.</summary>
    public async Task StopAsync()
    {
        var pidFile = Path.Combine(_folder, "redis.pid");
        if (File.Exists(pidFile) && int.TryParse(await File.ReadAllTextAsync(pidFile), out var pid))
        {
            try
            {
                using var process = Process.GetProcessById(pid);
                process.Kill();
                await process.WaitForExitAsync();
            }
            catch (ArgumentException)
            {
                // Already gone.
            }

            File.Delete(pidFile);
        }
    }

    public Task StartAgainAsync() => LaunchAsync();

    public async ValueTask DisposeAsync()
    {
        await StopAsync();
        TestFolders.TryDelete(_folder);
    }

    private async Task LaunchAsync()
    {
        var start = new ProcessStartInfo("redis-server")
        {
            ArgumentList =
            {
                "--port", Port.ToString(System.Globalization.CultureInfo.InvariantCulture), "--bind", "127.0.0.1",
                "--save", "", "--appendonly", "no", "--daemonize", "yes",
                "--pidfile", Path.Combine(_folder, "redis.pid"), "--dir", _folder,
            },
            UseShellExecute = false,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using var process = Process.Start(start) ?? throw new InvalidOperationException("redis-server did not start; install it with 'apt-get install redis-server'.");
        await process.WaitForExitAsync();
        await WaitUntilAnsweringAsync();
    }

    // The daemonized server may take a moment to bind; a bounded wait on the real socket.
    private async Task WaitUntilAnsweringAsync()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        while (true)
        {
            try
            {
                using var client = new TcpClient();
                await client.ConnectAsync(IPAddress.Loopback, Port, timeout.Token);
                return;
            }
            catch (SocketException)
            {
                await Task.Delay(50, timeout.Token);
            }
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
