using ContactCenter.Domain.Conversations;
using Marten;

namespace ContactCenter.Server.Features.Conversations.Chatting;

/// <summary>
/// The chats a customer's widget follows: open ones, and those just ended that may still be rated;
/// only those this customer's session started (<see cref="CustomerConversations"/>).
/// </summary>
public sealed class MyChatsHandler(IDocumentStore store)
{
    public async Task<IReadOnlyList<Guid>> ListAsync(Guid customerId, CancellationToken cancellationToken)
    {
        await using var session = store.QuerySession();
        return await session.Query<ConversationHistory>()
            .Where(c => c.StartedByCustomerId == customerId && (ConversationAccess.Open.Contains(c.Status) || c.Status == ConversationStatus.WrapUp || c.Status == ConversationStatus.Resolved
                || c.Status == ConversationStatus.Closed))
            .Select(c => c.Id).ToListAsync(cancellationToken);
    }
}
