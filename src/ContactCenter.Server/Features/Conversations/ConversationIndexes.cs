using ContactCenter.Domain.Conversations;
using Marten;

namespace ContactCenter.Server.Features.Conversations;

/// <summary>
/// An index for every read of <see cref="ConversationHistory"/> rows by something other than their
/// id (docs/storage.md, "Indexes"); without one, each scans every conversation ever held.
/// </summary>
public static class ConversationIndexes
{
    public static void Configure(MartenRegistry.DocumentMappingExpression<ConversationHistory> history) => history
        // A customer's history, the linking screen and the router's sticky agent.
        .Index(c => c.CustomerId)
        // The widget's own chats and the inbound API's open chat of a customer.
        .Index(c => c.StartedByCustomerId)
        // The router's waiting conversations and due offers; the API's list by status.
        .Index(c => c.Status)
        // What waits in given queues: the inbox, the waiting list and queue positions.
        .Index(c => new { c.QueueId, c.Status })
        // An agent's own conversations: the inbox, the router's loads, the hub's groups on connect.
        .Index(c => c.AgentId)
        // Offers to an agent: the inbox and the router's loads.
        .Index(c => c.OfferedTo)
        // Transfers offered to an agent: the router's loads and the transfer dialog's free seats.
        .Index(c => c.TransferTo)
        // Due transfers, which the router ends each round: a time, so a column of its own, as above.
        .Duplicate(c => c.TransferExpiresAt)
        // A queue's answers of the last day (speed of answer for queue positions): a date, which
        // Marten compares through a column of its own, not an expression over the JSON.
        .Duplicate(c => c.AnsweredAt)
        // The wallboard's rebuild: the conversations touched today (a column of its own, as above).
        .Duplicate(c => c.LastActivityAt);
}
