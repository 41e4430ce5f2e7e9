namespace ContactCenter.Domain.Metrics.Floor;

/// <summary>
/// Agents by global state now (docs/domain.md, "agents by state"): each agent once, whatever their
/// connections. Not-ready is split by reason code. <see cref="InWrapUp"/> counts, besides, the
/// agents who have a conversation in wrap-up (they are also in one of the states).
/// </summary>
public sealed record AgentStates(int Ready, int Busy, int Offline, IReadOnlyDictionary<string, int> NotReady, int InWrapUp)
{
    public int NotReadyTotal => NotReady.Values.Sum();
}

/// <summary>
/// One queue's wallboard figures (or the total of several), exactly as <see cref="FloorDefinitions"/>
/// words them. The counts and sums travel with the derived figures, so a total over queues is the
/// same arithmetic on the same waits, each judged against its own queue's threshold.
/// </summary>
public sealed record QueueFigures
{
    public required string QueueId { get; init; }
    public int Waiting { get; init; }

    /// <summary>When the longest current wait began: a screen ticks it, the server need not push every second.</summary>
    public DateTimeOffset? LongestWaitSince { get; init; }

    public int Active { get; init; }
    public int InWrapUp { get; init; }
    public int Offered { get; init; }
    public int Answered { get; init; }
    public int Abandoned { get; init; }
    public int AnsweredWithinThreshold { get; init; }
    public int AbandonedAfterThreshold { get; init; }
    public TimeSpan TotalAnsweredWait { get; init; }
    public int Handled { get; init; }
    public TimeSpan TotalHandleTime { get; init; }
    public int TransferredOut { get; init; }
    public required AgentStates Agents { get; init; }

    public TimeSpan? AverageSpeedOfAnswer => Mean(TotalAnsweredWait, Answered);

    /// <summary>Answered within the threshold ÷ (answered + abandoned after it); null ("—") when nothing counts.</summary>
    public double? ServiceLevelPercent => Answered + AbandonedAfterThreshold == 0 ? null : 100.0 * AnsweredWithinThreshold / (Answered + AbandonedAfterThreshold);

    public double? AbandonmentPercent => Answered + Abandoned == 0 ? null : 100.0 * Abandoned / (Answered + Abandoned);

    public TimeSpan? AverageHandleTime => Mean(TotalHandleTime, Handled);

    // Whole ticks, as the personal figures: the sum's ticks divided, not rounded to seconds.
    private static TimeSpan? Mean(TimeSpan total, int count) => count == 0 ? null : TimeSpan.FromTicks(total.Ticks / count);
}
