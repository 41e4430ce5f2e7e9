namespace ContactCenter.Domain.Metrics;

// The facts team analytics need beyond the personal ones: the same waits, handle segments and
// transfers the wallboard's fold (Floor/LiveFloor) closes, kept per conversation so a period's
// figures are read from small rows (docs/domain.md, "Figures").

/// <summary>The conversation entered <paramref name="QueueId"/>: started in it, transferred or moved into it (the wallboard's "offered").</summary>
public sealed record QueueEntryFact(string QueueId, DateTimeOffset At);

/// <summary>A wait that ended with <paramref name="AgentId"/> taking the conversation (an accepted offer or an assignment).</summary>
public sealed record AnswerFact(Guid AgentId, string QueueId, DateTimeOffset QueuedAt, DateTimeOffset At)
{
    public TimeSpan Wait => At - QueuedAt;
}

/// <summary>A wait that ended with the customer leaving while the conversation was queued or offered.</summary>
public sealed record AbandonFact(string QueueId, DateTimeOffset QueuedAt, DateTimeOffset At)
{
    public TimeSpan Wait => At - QueuedAt;
}

/// <summary>An agent's handle segment, from their accept (or receiving a transfer) to their resolving it or handing it on.</summary>
public sealed record HandleFact(Guid AgentId, string QueueId, DateTimeOffset From, DateTimeOffset At)
{
    public TimeSpan Duration => At - From;
}

/// <summary>A transfer out of <paramref name="FromQueueId"/>: to a queue (<paramref name="ToAgentId"/> null) or accepted by a named agent.</summary>
public sealed record TransferFact(Guid FromAgentId, string FromQueueId, string ToQueueId, Guid? ToAgentId, DateTimeOffset At);
