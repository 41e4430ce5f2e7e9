using ContactCenter.Benchmarks.Load;

namespace ContactCenter.Benchmarks.Soak;

/// <summary>
/// The soak's two nodes, one schema and one Redis between them. A client asks for a node to
/// (re)connect to and gets a live one; node B is stopped gracefully and started again on its port
/// once in the run, as a deploy would.
/// </summary>
public sealed class SoakNodes(ServerProcess a, ServerProcess b, IDictionary<string, string> settings) : IAsyncDisposable
{
    private readonly ServerProcess?[] _nodes = [a, b];
    private readonly Uri[] _addresses = [a.Address, b.Address];

    public IReadOnlyList<Uri> Addresses => _addresses;

    /// <summary>The nodes running now (one while B restarts).</summary>
    public IReadOnlyList<ServerProcess> Running => [.. _nodes.OfType<ServerProcess>()];

    /// <summary>A live node's address, spreading clients by <paramref name="spread"/>.</summary>
    public Uri Pick(int spread)
    {
        var index = Math.Abs(spread) % 2;
        return _nodes[index] is null ? _addresses[1 - index] : _addresses[index];
    }

    public async Task RestartBAsync()
    {
        var b = _nodes[1]!;
        _nodes[1] = null;
        await b.StopGracefullyAsync(TimeSpan.FromMinutes(1));
        await b.DisposeAsync();
        _nodes[1] = await ServerProcess.StartProductAsync(settings, _addresses[1].Port);
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var node in _nodes.OfType<ServerProcess>())
        {
            await node.DisposeAsync();
        }
    }
}
