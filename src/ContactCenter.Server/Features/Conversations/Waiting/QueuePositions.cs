using ContactCenter.Contracts.Conversations;
using ContactCenter.Domain.Conversations;
using Marten;

namespace ContactCenter.Server.Features.Conversations.Waiting;

/// <summary>
/// Where each waiting customer stands, and how long they may wait: their place times the queue's
/// recent average speed of answer (a minute until the queue has answered anything today). Places
/// follow the router's order within a queue: by time in this queue, which restarts after a move.
/// </summary>
public sealed class QueuePositions(IDocumentStore store, TimeProvider clock)
{
    public static readonly TimeSpan DefaultAnswerTime = TimeSpan.FromMinutes(1);

    public async Task<IReadOnlyList<QueuePositionDto>> OfQueueAsync(string queueId, CancellationToken cancellationToken)
    {
        await using var session = store.QuerySession();
        var waiting = await session.Query<ConversationHistory>()
            .Where(c => c.QueueId == queueId && c.Status == ConversationStatus.Queued)
            .OrderBy(c => c.RankedAt).ThenBy(c => c.Id).ToListAsync(cancellationToken);
        var since = clock.GetUtcNow().AddHours(-24);
        var answered = await session.Query<ConversationHistory>()
            .Where(c => c.QueueId == queueId && c.AnsweredAt != null && c.AnsweredAt > since)
            .ToListAsync(cancellationToken);
        var perAnswer = answered.Count == 0
            ? DefaultAnswerTime
            : TimeSpan.FromSeconds(answered.Average(c => (c.AnsweredAt!.Value - c.QueuedAt).TotalSeconds));
        return [.. waiting.Select((c, i) => new QueuePositionDto(c.Id, i + 1, perAnswer * (i + 1)))];
    }

    public async Task<QueuePositionDto?> OfConversationAsync(string queueId, Guid conversationId, CancellationToken cancellationToken) =>
        (await OfQueueAsync(queueId, cancellationToken)).FirstOrDefault(p => p.ConversationId == conversationId);
}
