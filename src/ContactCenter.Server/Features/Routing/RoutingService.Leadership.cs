using System.Diagnostics;
using ContactCenter.Server.Persistence;

namespace ContactCenter.Server.Features.Routing;

/// <summary>
/// Leadership by lease: a node that takes the lease routes and renews it every RenewEvery; it stops
/// writing as soon as its own conservative view of the lease (<see cref="LeaderTerm"/>) runs out, and
/// steps down at the first renewal that finds the lease gone. A frozen leader thus stops counting
/// after Lease, and a standby node takes over with a larger epoch, which conversations then hold
/// against any late offer of the old one.
/// </summary>
internal sealed partial class RoutingService
{
    // Lease arithmetic runs on a monotonic clock: neither the wall clock nor a test's clock may move it.
    private readonly Stopwatch _monotonic = Stopwatch.StartNew();
    private readonly string _holder = $"{Environment.MachineName}/{Environment.ProcessId}/{Guid.CreateVersion7():N}";

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            await leadership.WhileFrozenAsync(stoppingToken);
            if (await TryTakeLeaseAsync(stoppingToken) is { } term)
            {
                await LeadAsync(term, stoppingToken);
            }
            else
            {
                await Task.Delay(options.Value.ElectionInterval, stoppingToken);
            }
        }
    }

    private async Task<LeaderTerm?> TryTakeLeaseAsync(CancellationToken cancellationToken)
    {
        try
        {
            var floor = await RouterEpoch.FloorAsync(store, cancellationToken);
            var askedAt = _monotonic.Elapsed;
            var epoch = await RouterLease.TryTakeAsync(dataSource, database.Schema, _holder, floor, options.Value.Lease, cancellationToken);
            return epoch is { } taken ? new LeaderTerm(taken, options.Value.Lease, askedAt) : null;
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // The database is away: no one can lead through us now; stand again at the next interval.
            LogElectionFailed(logger, e);
            return null;
        }
    }

    private async Task LeadAsync(LeaderTerm term, CancellationToken stoppingToken)
    {
        using var lost = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken);
        leadership.Set(term.Epoch);
        LogLeading(logger, term.Epoch);
        var renewing = KeepLeaseAsync(term, lost);
        try
        {
            await using var wakeups = await RouterWakeups.ListenAsync(database, lost.Token);
            var lastOffered = new Dictionary<string, Guid>();
            while (true)
            {
                await leadership.WhileFrozenAsync(lost.Token);
                if (!term.Holds(_monotonic.Elapsed))
                {
                    throw new InvalidOperationException("The router lease ran out before it was renewed.");
                }

                lastOffered = await RouteOnceAsync(term, lastOffered, lost.Token);
                await wakeups.WaitForWorkAsync(options.Value.Tick, lost.Token);
            }
        }
        catch (Exception e) when (!stoppingToken.IsCancellationRequested)
        {
            // The lease is gone or ran out, a newer epoch exists, or a round hit an error: step down and
            // stand again (an exception must never escape, or it would stop the host).
            LogSteppedDown(logger, e);
        }
        finally
        {
            leadership.Set(null);
            await lost.CancelAsync();
            await renewing;
            if (stoppingToken.IsCancellationRequested)
            {
                await ReleaseAsync(term);
            }
        }
    }

    // Never throws: a failed renewal is retried while the term holds (the round checks that), and a
    // renewal that finds the lease taken or expired ends the term at once.
    private async Task KeepLeaseAsync(LeaderTerm term, CancellationTokenSource lost)
    {
        try
        {
            while (true)
            {
                await Task.Delay(options.Value.RenewEvery, lost.Token);
                await leadership.WhileFrozenAsync(lost.Token);
                var askedAt = _monotonic.Elapsed;
                try
                {
                    if (!await RouterLease.RenewAsync(dataSource, database.Schema, _holder, term.Epoch, options.Value.Lease, lost.Token))
                    {
                        LogLeaseLost(logger, term.Epoch);
                        await lost.CancelAsync();
                        return;
                    }

                    term.Renewed(askedAt);
                }
                catch (Exception e) when (e is not OperationCanceledException)
                {
                    LogRenewFailed(logger, e);
                }
            }
        }
        catch (OperationCanceledException) when (lost.IsCancellationRequested)
        {
            // The term ended (stepped down or stopping).
        }
    }

    // A node stopping gracefully hands the lease over at once instead of leaving the others to wait for it to expire.
    private async Task ReleaseAsync(LeaderTerm term)
    {
        try
        {
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(2));
            await RouterLease.ReleaseAsync(dataSource, database.Schema, _holder, term.Epoch, timeout.Token);
        }
        catch (Exception e)
        {
            LogReleaseFailed(logger, e);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "This node leads routing (epoch {Epoch})")]
    private static partial void LogLeading(ILogger logger, long epoch);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Routing leadership lost; standing by")]
    private static partial void LogSteppedDown(ILogger logger, Exception exception);

    [LoggerMessage(Level = LogLevel.Warning, Message = "The router lease of epoch {Epoch} expired or was taken over; stepping down")]
    private static partial void LogLeaseLost(ILogger logger, long epoch);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Renewing the router lease failed; retrying while it still holds")]
    private static partial void LogRenewFailed(ILogger logger, Exception exception);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not stand for routing leadership; trying again")]
    private static partial void LogElectionFailed(ILogger logger, Exception exception);

    [LoggerMessage(Level = LogLevel.Information, Message = "Releasing the router lease on stop failed; it expires by itself")]
    private static partial void LogReleaseFailed(ILogger logger, Exception exception);
}
