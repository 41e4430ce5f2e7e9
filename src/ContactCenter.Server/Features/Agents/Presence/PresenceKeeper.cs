using Marten;
using Microsoft.Extensions.Options;

namespace ContactCenter.Server.Features.Agents.Presence;

/// <summary>Keeps the last-seen time of this node's connected agents, and this node's live connections, fresh.</summary>
internal sealed partial class PresenceKeeper(
    ConnectedStaff connected, LiveConnections live, IDocumentStore store, TimeProvider clock, IOptions<PresenceOptions> options, ILogger<PresenceKeeper> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.Value.Heartbeat, clock);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                await live.PublishAsync(stoppingToken);
                await SeenAsync(store, connected.All.Select(c => c.UserId).Distinct(), clock.GetUtcNow(), stoppingToken);
                await live.ForgetOldNodesAsync(stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                LogHeartbeatFailed(logger, e);
            }
        }
    }

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        await base.StopAsync(cancellationToken);
        try
        {
            // The grace period of this node's agents counts from the stop, not from the last
            // heartbeat (up to one heartbeat earlier): they reconnect to another node within it.
            await SeenAsync(store, connected.All.Select(c => c.UserId).Distinct(), clock.GetUtcNow(), cancellationToken);
            await live.LeaveAsync(cancellationToken);
        }
        catch (Exception e)
        {
            // Shutdown ran out of time or the database is gone: the node's entry then goes stale
            // by itself within the node timeout. Stopping must not fail for it.
            LogLeaveFailed(logger, e);
        }
    }

    public static async Task SeenAsync(IDocumentStore store, IEnumerable<Guid> agents, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var seen = agents.Select(id => new AgentLastSeen(id, now)).ToArray();
        if (seen.Length == 0)
        {
            return;
        }

        await using var session = store.LightweightSession();
        session.Store(seen);
        await session.SaveChangesAsync(cancellationToken);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Taking this node's agents off the live list failed; the entry expires by itself")]
    private static partial void LogLeaveFailed(ILogger logger, Exception exception);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Refreshing agents' last-seen times failed; retrying at the next heartbeat")]
    private static partial void LogHeartbeatFailed(ILogger logger, Exception exception);
}
