namespace ContactCenter.Server.Features.Routing;

/// <summary>
/// The leader's own, conservative view of its lease, on this node's monotonic clock. The database
/// sets the expiry from its now() when a take or renewal runs, which is never before we asked; so
/// "asked at + lease" on our clock is never later than the real expiry (less a margin for clock
/// rates). Past it we must not write, even before the next renewal says we lost: that is what keeps a
/// leader waking from a long pause from offering chats a newer leader already handles.
/// </summary>
public sealed class LeaderTerm(long epoch, TimeSpan lease, TimeSpan askedAt)
{
    private readonly TimeSpan _lease = lease;
    // Written by the renewal loop, read by the routing round: ticks, so a read is never torn.
    private long _askedAt = askedAt.Ticks;

    public long Epoch { get; } = epoch;

    /// <summary>The part of the lease we never use, for clocks that run at slightly different rates.</summary>
    public TimeSpan Margin => _lease / 5;

    /// <summary>A renewal asked at <paramref name="askedAt"/> succeeded: the term runs from then.</summary>
    public void Renewed(TimeSpan askedAt)
    {
        var seen = Volatile.Read(ref _askedAt);
        while (askedAt.Ticks > seen && Interlocked.CompareExchange(ref _askedAt, askedAt.Ticks, seen) is var was && was != seen)
        {
            seen = was;
        }
    }

    /// <summary>True while the lease surely still holds at <paramref name="now"/> (same clock as askedAt).</summary>
    public bool Holds(TimeSpan now) => now - TimeSpan.FromTicks(Volatile.Read(ref _askedAt)) < _lease - Margin;
}
