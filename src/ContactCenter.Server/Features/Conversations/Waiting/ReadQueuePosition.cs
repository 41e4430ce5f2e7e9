using ContactCenter.Contracts.Conversations;
using ContactCenter.Domain.Conversations;
using ContactCenter.Server.Features.Conversations.Chatting;
using ContactCenter.Server.Features.Shared;
using Marten;

namespace ContactCenter.Server.Features.Conversations.Waiting;

/// <summary>The customer's place in the queue and the wait it means; none once an agent has it.</summary>
public sealed class ReadQueuePositionHandler(IDocumentStore store, QueuePositions positions)
{
    public async Task<Outcome<QueuePositionDto?>> ExecuteAsync(Guid customerId, Guid conversationId, CancellationToken cancellationToken)
    {
        if ((await store.OwnAsync(customerId, conversationId, cancellationToken)).Error is { } refusal)
        {
            return refusal;
        }

        await using var session = store.QuerySession();
        var history = await session.LoadAsync<ConversationHistory>(conversationId, cancellationToken);
        return history is null ? null : await positions.OfConversationAsync(history.QueueId, conversationId, cancellationToken);
    }
}
