using ContactCenter.Contracts.Desk;
using ContactCenter.Domain.Access;
using ContactCenter.Domain.Conversations;
using ContactCenter.Domain.Customers;
using ContactCenter.Domain.Queues;
using Marten;

namespace ContactCenter.Server.Features.Conversations.Inbox;

/// <summary>
/// What an agent's inbox lists: their open conversations, the ones they closed in the last day,
/// offers to them, and chats waiting in their queues. Live changes then arrive as hub steps.
/// </summary>
public static class AgentInbox
{
    public const int MaxRows = 200;
    private static readonly TimeSpan RecentlyClosed = TimeSpan.FromDays(1);
    private static readonly ConversationStatus[] Open = [ConversationStatus.Active, ConversationStatus.Pending, ConversationStatus.WrapUp];
    private static readonly ConversationStatus[] Waiting = [ConversationStatus.Queued, ConversationStatus.Offered];

    public static async Task<IReadOnlyList<InboxItemDto>> OfAsync(this IQuerySession session, AccessGrant grant, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var me = grant.UserId;
        var queues = grant.QueueIds.ToArray();
        var since = now - RecentlyClosed;
        var rows = await session.Query<ConversationHistory>()
            .Where(c => (c.AgentId == me && (Open.Contains(c.Status) || c.LastActivityAt >= since))
                || c.OfferedTo == me
                || (queues.Contains(c.QueueId) && Waiting.Contains(c.Status)))
            .OrderByDescending(c => c.LastActivityAt).Take(MaxRows).ToListAsync(cancellationToken);

        var customers = await session.LoadManyAsync<Customer>(cancellationToken, rows.Select(r => r.CustomerId).Distinct());
        var names = customers.ToDictionary(c => c.Id, c => c.Name);
        var catalog = (await session.Query<Queue>().ToListAsync(cancellationToken)).ToDictionary(q => q.Id);
        var kinds = (await session.Query<Channel>().ToListAsync(cancellationToken)).ToDictionary(c => c.Id, c => c.Kind.ToString());
        return [.. rows.Select(r => ToItem(r, names.GetValueOrDefault(r.CustomerId, "Customer"), catalog.GetValueOrDefault(r.QueueId), kinds))];
    }

    private static InboxItemDto ToItem(ConversationHistory c, string customerName, Queue? queue, Dictionary<string, string> kinds) => new(
        c.Id, c.CustomerId, customerName, c.QueueId, queue?.Name ?? c.QueueId, c.ChannelId, kinds.GetValueOrDefault(c.ChannelId, "Chat"), queue?.Priority ?? 0,
        c.Status.ToString(), c.AgentId, c.AgentName, c.StartedAt, c.LastActivityAt, c.LastMessagePreview,
        c.Labels, c.OfferedTo, c.OfferExpiresAt, c.Version);
}
