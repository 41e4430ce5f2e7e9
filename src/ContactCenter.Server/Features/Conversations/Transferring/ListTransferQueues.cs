using ContactCenter.Contracts.Queues;
using ContactCenter.Domain.Access;
using ContactCenter.Server.Features.Conversations.Handling;
using ContactCenter.Server.Features.Queues.Catalog;
using ContactCenter.Server.Features.Shared;
using Marten;

namespace ContactCenter.Server.Features.Conversations.Transferring;

/// <summary>The queues a conversation may be transferred to: the catalog's other queues of its channel, by name.</summary>
public sealed class ListTransferQueuesHandler(IDocumentStore store, IQueueCatalog catalog)
{
    public async Task<Outcome<IReadOnlyList<QueueSummary>>> ExecuteAsync(AccessGrant caller, Guid conversationId, CancellationToken cancellationToken)
    {
        await using var session = store.QuerySession();
        var conversation = await session.FollowableAsync(caller, conversationId, cancellationToken);
        if (conversation.Error is { } refusal)
        {
            return refusal;
        }

        var (channel, current) = (conversation.Value!.ChannelId, conversation.Value.QueueId);
        var queues = await catalog.ListAsync(cancellationToken);
        return Outcome.Of<IReadOnlyList<QueueSummary>>([.. queues.Where(q => q.ChannelId == channel && q.Id != current)]);
    }
}
