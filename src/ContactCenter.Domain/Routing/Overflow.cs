namespace ContactCenter.Domain.Routing;

/// <summary>A conversation to move out of a queue it waited in too long.</summary>
public sealed record OverflowMove(Guid ConversationId, string FromQueueId, string ToQueueId, TimeSpan MaxWait);

/// <summary>
/// Which waiting conversations have waited longer than their queue allows, and where they go. Only
/// queued ones are given (offered ones wait for the agent's answer). A conversation never moves
/// into a queue it already left, so overflow may chain (a to b to c) but never loops; a move whose
/// target does not exist is not made, and the conversation stays where it is.
/// </summary>
public static class Overflow
{
    public static IReadOnlyList<OverflowMove> Due(
        IReadOnlyList<WaitingConversation> waiting, IReadOnlyDictionary<string, QueueRouting> queues, DateTimeOffset now) =>
    [
        .. waiting
            .Where(w => queues.TryGetValue(w.QueueId, out var q)
                && q is { MaxWait: { } maxWait, OverflowQueueId: { } target }
                && now - w.QueuedAt > maxWait
                && target != w.QueueId
                && queues.ContainsKey(target)
                && !w.PastQueueIds.Contains(target))
            .OrderBy(w => w.QueuedAt).ThenBy(w => w.ConversationId)
            .Select(w => new OverflowMove(w.ConversationId, w.QueueId, queues[w.QueueId].OverflowQueueId!, queues[w.QueueId].MaxWait!.Value)),
    ];
}
