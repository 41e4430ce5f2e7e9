using Marten;
using Microsoft.Extensions.Options;

namespace ContactCenter.Server.Features.Agents.Presence;

/// <summary>
/// Which agents have a live connection, on any node: the fact the router offers by. The grace period
/// keeps a reloading agent's state; this keeps work away from an agent with no desk open. Each node
/// writes its own <see cref="StaffNode"/> (a crashed node never runs OnDisconnectedAsync, so the
/// document carries a heartbeat and goes stale by itself).
/// </summary>
public sealed class LiveConnections(ConnectedStaff connected, IDocumentStore store, TimeProvider clock, IOptions<PresenceOptions> options) : IDisposable
{
    private readonly Guid _node = Guid.CreateVersion7();
    // One write at a time, each of the connections as they are when it starts: the last write
    // to land is always the latest state, whatever order connects and disconnects race in. A
    // caller whose change an already finished write covered does not write again, so a burst of
    // connects (a node's agents coming back after a restart) costs a couple of writes, not one each.
    private readonly SemaphoreSlim _writing = new(1, 1);
    private long _requested;
    private long _written;
    private bool _left;

    /// <summary>Three heartbeats missed in a row: the node is gone.</summary>
    public static TimeSpan NodeTimeout(PresenceOptions options) => options.Heartbeat * 3;

    /// <summary>Writes this node's agents; call after changing <see cref="ConnectedStaff"/>.</summary>
    public async Task PublishAsync(CancellationToken cancellationToken)
    {
        var request = Interlocked.Increment(ref _requested);
        await _writing.WaitAsync(cancellationToken);
        try
        {
            if (_left || Interlocked.Read(ref _written) >= request)
            {
                return;
            }

            // Every request numbered up to here was made after its change to the connections, so
            // the list read next holds all of them.
            var covered = Interlocked.Read(ref _requested);
            var agents = connected.All.Select(c => c.UserId).Distinct().ToArray();
            await using var session = store.LightweightSession();
            session.Store(new StaffNode(_node, agents, clock.GetUtcNow()));
            await session.SaveChangesAsync(cancellationToken);
            Interlocked.Exchange(ref _written, covered);
        }
        finally
        {
            _writing.Release();
        }
    }

    /// <summary>A stopping node takes its agents off at once rather than after the timeout.</summary>
    public async Task LeaveAsync(CancellationToken cancellationToken)
    {
        await _writing.WaitAsync(cancellationToken);
        try
        {
            _left = true;
            await using var session = store.LightweightSession();
            session.Delete<StaffNode>(_node);
            await session.SaveChangesAsync(cancellationToken);
        }
        finally
        {
            _writing.Release();
        }
    }

    /// <summary>Forgets nodes long gone (each start is a new node), so the read stays small.</summary>
    public async Task ForgetOldNodesAsync(CancellationToken cancellationToken)
    {
        var before = clock.GetUtcNow() - NodeTimeout(options.Value) * 100;
        await using var session = store.LightweightSession();
        session.DeleteWhere<StaffNode>(n => n.At < before);
        await session.SaveChangesAsync(cancellationToken);
    }

    public static async Task<IReadOnlySet<Guid>> ReadAsync(IQuerySession session, DateTimeOffset now, PresenceOptions options, CancellationToken cancellationToken)
    {
        var since = now - NodeTimeout(options);
        var nodes = await session.Query<StaffNode>().Where(n => n.At > since).ToListAsync(cancellationToken);
        return nodes.SelectMany(n => n.AgentIds).ToHashSet();
    }

    public void Dispose() => _writing.Dispose();
}
