using System.Diagnostics;
using System.Globalization;
using ContactCenter.Benchmarks.Load;

namespace ContactCenter.Benchmarks.Fanout;

/// <summary>
/// The popular peer: Node.js with socket.io 4, broadcasting each published event to every other
/// socket. socket.io is installed with npm into artifacts/socketio/ (a folder this
/// benchmark owns, never committed) the first time it is missing; the server file is written anew each run.
/// </summary>
public sealed class SocketIoTarget : IFanoutTarget
{
    private const string ServerScript = """
        // Written by the ContactCenter benchmark (Fanout/SocketIoTarget.cs): a plain socket.io 4 broadcast.
        const http = require('http');
        const { Server } = require('socket.io');
        const port = Number(process.argv[2]);
        const server = http.createServer((req, res) => {
          res.statusCode = req.url === '/health/ready' ? 200 : 404;
          res.end('ok');
        });
        const io = new Server(server, { transports: ['websocket'], perMessageDeflate: false });
        io.on('connection', socket => socket.on('publish', event => socket.broadcast.emit('e', event)));
        server.listen(port, '127.0.0.1');
        """;

    private readonly ServerProcess _server;
    private readonly FanoutSocket _publisher;

    private SocketIoTarget(ServerProcess server, FanoutSocket publisher) => (_server, _publisher) = (server, publisher);

    public string Name => "Node.js socket.io 4 (peer)";

    public TimeSpan ServerCpu => _server.CpuTime;

    public static async Task<SocketIoTarget> StartAsync()
    {
        var folder = Path.Combine(Repository.Root, "artifacts", "socketio");
        Directory.CreateDirectory(folder);
        await EnsureInstalledAsync(folder);
        await File.WriteAllTextAsync(Path.Combine(folder, "server.js"), ServerScript);
        var port = ServerProcess.FreePort();
        var server = await ServerProcess.StartProgramAsync("node", ["server.js", port.ToString(CultureInfo.InvariantCulture)], port, folder);
        var publisher = await ConnectAsync(server);
        return new SocketIoTarget(server, publisher);
    }

    public Task<FanoutSocket> SubscribeAsync() => ConnectAsync(_server);

    // A JSON string needs no escaping here: the payload is letters, digits and colons.
    public Task PublishAsync(string payload) => _publisher.SendAsync(FanoutWire.Utf8($"42[\"publish\",\"{payload}\"]"));

    private static async Task<FanoutSocket> ConnectAsync(ServerProcess server)
    {
        var socket = await FanoutSocket.ConnectAsync(BareTarget.WebSocketAddress(server, "/socket.io/?EIO=4&transport=websocket"), FanoutProtocol.SocketIo);
        await socket.Ready.WaitAsync(TimeSpan.FromSeconds(30));
        return socket;
    }

    private static async Task EnsureInstalledAsync(string folder)
    {
        if (File.Exists(Path.Combine(folder, "node_modules", "socket.io", "package.json")))
        {
            return;
        }

        Console.WriteLine($"Installing socket.io 4 into {folder} (npm)...");
        using var npm = Process.Start(new ProcessStartInfo("npm", ["install", "--prefix", folder, "socket.io@4", "--no-audit", "--no-fund", "--loglevel=error"])
        {
            RedirectStandardOutput = true,
        }) ?? throw new InvalidOperationException("npm did not start: install Node.js 20 and npm (apt-get install nodejs npm).");
        _ = npm.StandardOutput.ReadToEndAsync();
        await npm.WaitForExitAsync().WaitAsync(TimeSpan.FromMinutes(5));
        if (npm.ExitCode != 0)
        {
            throw new InvalidOperationException($"npm install socket.io@4 failed with exit code {npm.ExitCode}; the fan-out peer cannot run without it.");
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _publisher.DisposeAsync();
        await _server.DisposeAsync();
    }
}
