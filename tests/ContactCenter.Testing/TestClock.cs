namespace ContactCenter.Testing;

/// <summary>
/// A clock that stands still until a test moves it, so durations the server measures are exact.
/// Only "now" is controlled: timers still run on real time, so background loops keep their pace.
/// </summary>
public sealed class TestClock(DateTimeOffset start) : TimeProvider
{
    private long _ticks = start.UtcTicks;

    /// <summary>Starts at the real time (whole seconds), so tokens it stamps are valid by any clock.</summary>
    public static TestClock FromRealTime()
    {
        var now = DateTimeOffset.UtcNow;
        return new TestClock(now.AddTicks(-(now.Ticks % TimeSpan.TicksPerSecond)));
    }

    public override DateTimeOffset GetUtcNow() => new(Interlocked.Read(ref _ticks), TimeSpan.Zero);

    public DateTimeOffset Advance(TimeSpan by) => new(Interlocked.Add(ref _ticks, by.Ticks), TimeSpan.Zero);
}
