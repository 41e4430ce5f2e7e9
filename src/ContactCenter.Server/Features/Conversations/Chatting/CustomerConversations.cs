using ContactCenter.Domain.Conversations;
using ContactCenter.Domain.Customers;
using ContactCenter.Server.Features.Shared;
using Marten;

namespace ContactCenter.Server.Features.Conversations.Chatting;

/// <summary>
/// The customers' access rule: a customer acts only in the chats their own session started, whoever
/// staff linked them to since (<see cref="Conversation.IsCustomer"/>); a chat linked to their profile
/// from someone else's session never becomes theirs.
/// </summary>
public static class CustomerConversations
{
    /// <summary>The customer as author, when the conversation is theirs; not-found otherwise, so that others' ids reveal nothing.</summary>
    public static async Task<Outcome<Author>> OwnAsync(this IDocumentStore store, Guid customerId, Guid conversationId, CancellationToken cancellationToken)
    {
        // Both rows in one round trip on one connection: this runs before every customer command.
        await using var session = store.QuerySession();
        var batch = session.CreateBatchQuery();
        var loadHistory = batch.Load<ConversationHistory>(conversationId);
        var loadCustomer = batch.Load<Customer>(customerId);
        await batch.Execute(cancellationToken);
        var history = await loadHistory;
        if (history is null || history.StartedByCustomerId != customerId)
        {
            return ConversationErrors.NotStarted;
        }

        var customer = await loadCustomer;
        return new Author(AuthorKind.Customer, customerId, customer?.Name ?? "Customer");
    }
}
