namespace ContactCenter.Contracts.Supervisor;

/// <summary>
/// One queue's wallboard figures, or the total of the queues a supervisor sees. The counts and sums
/// come with the derived figures so a total is the same arithmetic (docs/domain.md, "Figures").
/// QueueId is the queue's id or "total"; Version grows with each change of the queue's figures on
/// the node (a screen keeps the newest); LongestWaitSince is when the longest current wait began
/// (the screen ticks it); a null percentage or mean is "—" (nothing counts yet).
/// </summary>
public sealed record FloorQueueDto(
    string QueueId, string Name, long Version, TimeSpan ServiceLevelThreshold, FloorThresholdsDto Thresholds,
    int Waiting, DateTimeOffset? LongestWaitSince, int Active, int InWrapUp,
    int Offered, int Answered, int Abandoned, int AnsweredWithinThreshold, int AbandonedAfterThreshold,
    TimeSpan TotalAnsweredWait, int Handled, TimeSpan TotalHandleTime, int TransferredOut,
    TimeSpan? AverageSpeedOfAnswer, double? ServiceLevelPercent, double? AbandonmentPercent, TimeSpan? AverageHandleTime,
    FloorAgentStatesDto Agents);

/// <summary>Agents by global state now, each once; not ready by reason code; those with a conversation in wrap-up besides.</summary>
public sealed record FloorAgentStatesDto(int Ready, int Busy, int Offline, IReadOnlyDictionary<string, int> NotReady, int InWrapUp);

/// <summary>Where a tile turns amber (warning) and red (alarm).</summary>
public sealed record FloorThresholdsDto(int WaitingWarning, int WaitingAlarm, TimeSpan LongestWaitWarning, TimeSpan LongestWaitAlarm, double ServiceLevelWarningPercent, double ServiceLevelAlarmPercent);

/// <summary>A row of the agents grid.</summary>
public sealed record FloorAgentDto(
    Guid AgentId, string Name, string State, string? ReasonCodeId, DateTimeOffset Since,
    IReadOnlyList<FloorChannelDto> Channels, IReadOnlyList<Guid> ConversationIds, bool InWrapUp, IReadOnlyList<string> QueueIds);

/// <summary>An agent's channel: conversations in use against its capacity.</summary>
public sealed record FloorChannelDto(string Channel, bool Ready, bool Busy, int InUse, int Capacity);

/// <summary>
/// A row of the live conversations list, or word that it left the
/// supervisor's view (Gone): settled, or moved to another queue. No personal data of the customer.
/// </summary>
public sealed record FloorConversationDto(
    Guid ConversationId, string QueueId, string Status, long Version, Guid? AgentId, string? AgentName, string CustomerLabel,
    DateTimeOffset StartedAt, DateTimeOffset? WaitingSince, DateTimeOffset? CustomerWaitingSince, int Transfers, bool Gone = false);

/// <summary>What a wallboard shows when it connects or reconnects: the same figures a wallboard open since morning has.</summary>
public sealed record FloorSnapshotDto(
    DateOnly Day, string TimeZone, DateTimeOffset ServerTime,
    IReadOnlyList<FloorQueueDto> Queues, FloorQueueDto Total,
    IReadOnlyList<FloorAgentDto> Agents, IReadOnlyList<FloorConversationDto> Conversations);
