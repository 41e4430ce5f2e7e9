using ContactCenter.Server.Features.Conversations.Handling;
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
    /// <summary>At most this many waiting chats are listed; the agent's own conversations always are.</summary>
    public const int MaxRows = 200;
    private static readonly TimeSpan RecentlyClosed = TimeSpan.FromDays(1);
    private static readonly ConversationStatus[] Open = [ConversationStatus.Active, ConversationStatus.Pending, ConversationStatus.WrapUp];
    private static readonly ConversationStatus[] Waiting = [ConversationStatus.Queued, ConversationStatus.Offered];

    public static async Task<IReadOnlyList<InboxItemDto>> OfAsync(this IQuerySession session, AccessGrant grant, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var me = grant.UserId;
        var queues = grant.QueueIds.ToArray();
        var since = now - RecentlyClosed;
        // The agent's own conversations and offers are never cut: only what waits in their queues is
        // capped, so a flood of queued chats cannot push their own out of the inbox.
        var batch = session.CreateBatchQuery();
        var loadOwn = batch.Query<ConversationHistory>()
            .Where(c => (c.AgentId == me && (Open.Contains(c.Status) || c.LastActivityAt >= since)) || c.OfferedTo == me
                || (c.GuestIds.Contains(me) && Open.Contains(c.Status)))
            .ToList();
        var loadWaiting = batch.Query<ConversationHistory>()
            .Where(c => queues.Contains(c.QueueId) && Waiting.Contains(c.Status))
            .OrderByDescending(c => c.LastActivityAt).Take(MaxRows).ToList();
        await batch.Execute(cancellationToken);
        var rows = (await loadOwn).Concat(await loadWaiting).DistinctBy(c => c.Id).OrderByDescending(c => c.LastActivityAt).ToList();

        var customers = await session.LoadManyAsync<Customer>(cancellationToken, rows.Select(r => r.CustomerId).Distinct());
        var names = customers.ToDictionary(c => c.Id, c => c.Name);
        var catalog = (await session.Query<Queue>().ToListAsync(cancellationToken)).ToDictionary(q => q.Id);
        var kinds = (await session.Query<Channel>().ToListAsync(cancellationToken)).ToDictionary(c => c.Id, c => c.Kind.ToString());
        return [.. rows.Select(r => ToItem(r, names.GetValueOrDefault(r.CustomerId, "Customer"), catalog.GetValueOrDefault(r.QueueId), kinds))];
    }

    private static InboxItemDto ToItem(ConversationHistory c, string customerName, Queue? queue, Dictionary<string, string> kinds) => new(
        c.Id, c.CustomerId, customerName, c.QueueId, queue?.Name ?? c.QueueId, c.ChannelId, kinds.GetValueOrDefault(c.ChannelId, "Chat"), queue?.Priority ?? 0,
        c.Status.ToDto(), c.AgentId, c.AgentName, c.StartedAt, c.LastActivityAt, c.LastMessagePreview,
        c.Labels, c.OfferedTo, c.OfferExpiresAt, c.Version, c.WrapUpSince, queue?.WrapUpTime is { } wrapUp ? (int)wrapUp.TotalSeconds : null,
        c.GuestIds.Count == 0 ? null : c.GuestIds);
}
