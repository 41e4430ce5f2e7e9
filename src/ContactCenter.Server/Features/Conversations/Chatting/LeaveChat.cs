using ContactCenter.Contracts.Conversations;
using ContactCenter.Domain.Conversations;
using ContactCenter.Server.Features.Conversations.Handling;
using ContactCenter.Server.Features.Shared;
using Marten;

namespace ContactCenter.Server.Features.Conversations.Chatting;

/// <summary>The customer leaves their chat (closing the widget's conversation); the agent is told.</summary>
public sealed class LeaveChatHandler(IDocumentStore store, ConversationHandler handler, TimeProvider clock)
{
    public async Task<Outcome<CommandAck>> ExecuteAsync(Guid customerId, Guid conversationId, CancellationToken cancellationToken)
    {
        return (await store.OwnAsync(customerId, conversationId, cancellationToken)).Error
            ?? await handler.ExecuteAsync(new LeaveAsCustomer(conversationId, clock.GetUtcNow()), cancellationToken).AckAsync(conversationId);
    }
}
