using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;

namespace ContactCenter.Testing;

/// <summary>
/// The cluster's own proxy (infra/cluster/proxy.sh: nginx with infra/cluster/nginx.conf) on a free
/// loopback port in front of the given node ports, named node1, node2, ... in that order; stopped on dispose.
/// </summary>
public sealed class TestProxy : IAsyncDisposable
{
    /// <summary>The cookie that pins a browser to a node, and the header naming the node that answered.</summary>
    public const string PinCookie = "cc_node";
    public const string NodeHeader = "X-ContactCenter-Node";

    private readonly Process _process;
    private readonly string _folder;

    private TestProxy(Process process, string folder, int port)
    {
        _process = process;
        _folder = folder;
        Address = new Uri($"http://127.0.0.1:{port}/");
    }

    public Uri Address { get; }

    public static async Task<TestProxy> StartAsync(params int[] nodePorts)
    {
        var folder = TestFolders.NewTemporary("proxy");
        var port = FreePort();
        var start = new ProcessStartInfo("bash")
        {
            ArgumentList = { Path.Combine(RepoFolders.Root, "infra", "cluster", "proxy.sh"), folder, port.ToString(CultureInfo.InvariantCulture) },
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var node in nodePorts)
        {
            start.ArgumentList.Add(node.ToString(CultureInfo.InvariantCulture));
        }

        var process = Process.Start(start) ?? throw new InvalidOperationException("Could not run infra/cluster/proxy.sh.");
        var proxy = new TestProxy(process, folder, port);
        await proxy.WaitUntilListeningAsync();
        return proxy;
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
        }

        await _process.WaitForExitAsync();
        _process.Dispose();
        TestFolders.TryDelete(_folder);
    }

    private async Task WaitUntilListeningAsync()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(15));
        while (true)
        {
            if (_process.HasExited)
            {
                throw new InvalidOperationException(
                    $"The proxy stopped at start (is nginx installed? infra/test.sh installs it): {await _process.StandardError.ReadToEndAsync(timeout.Token)}");
            }

            try
            {
                using var client = new TcpClient();
                await client.ConnectAsync(IPAddress.Loopback, Address.Port, timeout.Token);
                return;
            }
            catch (SocketException)
            {
                await Task.Delay(50, timeout.Token);
            }
        }
    }

    internal static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
