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
    private const int KnownOwners = 100_000;

    // Who started a conversation never changes (no event moves StartedByCustomerId), so once this
    // node has seen that a customer owns a chat it need not read the chat's row again for each of
    // their messages: only their current name is read. One set per store (each test host has its own).
    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<IDocumentStore, HashSet<(Guid Customer, Guid Conversation)>> Owners = [];

    /// <summary>The customer as author, when the conversation is theirs; not-found otherwise, so that others' ids reveal nothing.</summary>
    public static async Task<Outcome<Author>> OwnAsync(this IDocumentStore store, Guid customerId, Guid conversationId, CancellationToken cancellationToken)
    {
        var owners = Owners.GetValue(store, _ => []);
        bool known;
        lock (owners)
        {
            known = owners.Contains((customerId, conversationId));
        }

        await using var session = store.QuerySession();
        if (known)
        {
            return Author(customerId, await session.LoadAsync<Customer>(customerId, cancellationToken));
        }

        // Both rows in one round trip on one connection.
        var batch = session.CreateBatchQuery();
        var loadHistory = batch.Load<ConversationHistory>(conversationId);
        var loadCustomer = batch.Load<Customer>(customerId);
        await batch.Execute(cancellationToken);
        var history = await loadHistory;
        if (history is null || history.StartedByCustomerId != customerId)
        {
            return ConversationErrors.NotStarted;
        }

        lock (owners)
        {
            // Bounded: past its size it starts again; a forgotten owner costs one read of the row.
            if (owners.Count >= KnownOwners)
            {
                owners.Clear();
            }

            owners.Add((customerId, conversationId));
        }

        return Author(customerId, await loadCustomer);
    }

    private static Author Author(Guid customerId, Customer? customer) => new(AuthorKind.Customer, customerId, customer?.Name ?? "Customer");
}
