using ContactCenter.Benchmarks.Load;

namespace ContactCenter.Benchmarks.Fanout;

/// <summary>The ceiling: <see cref="BareBroadcast"/> in its own process.</summary>
public sealed class BareTarget : IFanoutTarget
{
    private readonly ServerProcess _server;
    private readonly FanoutSocket _publisher;

    private BareTarget(ServerProcess server, FanoutSocket publisher) => (_server, _publisher) = (server, publisher);

    public string Name => "bare Kestrel WebSocket (ceiling)";

    public TimeSpan ServerCpu => _server.CpuTime;

    public static async Task<BareTarget> StartAsync()
    {
        var server = await ServerProcess.StartBareBroadcastAsync();
        return new BareTarget(server, await FanoutSocket.ConnectAsync(WebSocketAddress(server, "/publish"), FanoutProtocol.Bare));
    }

    public async Task<FanoutSocket> SubscribeAsync() => await FanoutSocket.ConnectAsync(WebSocketAddress(_server, "/subscribe"), FanoutProtocol.Bare);

    public Task PublishAsync(string payload) => _publisher.SendAsync(FanoutWire.Utf8(payload));

    internal static Uri WebSocketAddress(ServerProcess server, string pathAndQuery) =>
        new($"ws://{server.Address.Authority}{pathAndQuery}");

    public async ValueTask DisposeAsync()
    {
        await _publisher.DisposeAsync();
        await _server.DisposeAsync();
    }
}
