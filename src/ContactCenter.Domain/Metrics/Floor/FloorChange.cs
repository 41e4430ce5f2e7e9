namespace ContactCenter.Domain.Metrics.Floor;

/// <summary>
/// What one folded step changed on the floor: the queues whose figures to push again, the agents
/// whose rows to push again, the conversation whose row changed, and the queue it left (whose
/// watchers are told it is gone, never shown where it went).
/// </summary>
public sealed record FloorChange(IReadOnlyList<string> Queues, IReadOnlyList<Guid> Agents, Guid? ConversationId = null, string? LeftQueueId = null)
{
    public static readonly FloorChange None = new([], []);

    public bool IsNone => Queues.Count == 0 && Agents.Count == 0 && ConversationId is null;
}
