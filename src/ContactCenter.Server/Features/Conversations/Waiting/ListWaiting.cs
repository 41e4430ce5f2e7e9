using ContactCenter.Contracts.Customers;
using ContactCenter.Domain.Access;
using ContactCenter.Domain.Conversations;
using Marten;

namespace ContactCenter.Server.Features.Conversations.Waiting;

/// <summary>Conversations waiting in the caller's queues, oldest first: what an agent may take.</summary>
public sealed class ListWaitingHandler(IDocumentStore store)
{
    public async Task<IReadOnlyList<ConversationSummaryDto>> ExecuteAsync(AccessGrant caller, CancellationToken cancellationToken)
    {
        var queues = caller.QueueIds.ToArray();
        await using var session = store.QuerySession();
        var waiting = await session.Query<ConversationHistory>()
            .Where(c => queues.Contains(c.QueueId) && c.Status == ConversationStatus.Queued)
            .OrderBy(c => c.RankedAt).ToListAsync(cancellationToken);
        return [.. waiting.Select(c => c.ToSummary())];
    }
}
