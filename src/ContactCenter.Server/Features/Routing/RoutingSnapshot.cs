using ContactCenter.Domain.Access;
using ContactCenter.Domain.Agents;
using ContactCenter.Domain.Conversations;
using ContactCenter.Domain.Queues;
using ContactCenter.Domain.Routing;
using ContactCenter.Domain.Teams;
using Marten;

namespace ContactCenter.Server.Features.Routing;

/// <summary>What the router decides from, read from committed state in one query session.</summary>
public sealed record RoutingSnapshot(
    IReadOnlyList<WaitingConversation> Waiting,
    IReadOnlyDictionary<string, QueueRouting> Queues,
    IReadOnlyDictionary<string, Queue> QueueSettings,
    IReadOnlyList<AgentAvailability> Agents,
    IReadOnlyDictionary<Guid, string> AgentNames)
{
    /// <summary>Agents ready, busy or not ready, as their presence stands before this round.</summary>
    public IReadOnlyList<AgentPresence> Present { get; init; } = [];

    /// <summary>Conversations each present agent holds or is offered, per channel, before this round.</summary>
    public IReadOnlyDictionary<Guid, IReadOnlyDictionary<ChannelKind, int>> Loads { get; init; } = new Dictionary<Guid, IReadOnlyDictionary<ChannelKind, int>>();

    // Only agents in the live set (a live connection on some node) are offered work.
    public static async Task<RoutingSnapshot> ReadAsync(IQuerySession session, RoutingOptions options, IReadOnlySet<Guid> live, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var waiting = await session.Query<ConversationHistory>().Where(c => c.Status == ConversationStatus.Queued).ToListAsync(cancellationToken);
        var lastAgents = await LastAgentsAsync(session, waiting, now - options.StickyWindow, cancellationToken);
        var queues = (await session.Query<Queue>().ToListAsync(cancellationToken)).ToDictionary(q => q.Id);
        var kinds = (await session.Query<Channel>().ToListAsync(cancellationToken)).ToDictionary(c => c.Id, c => c.Kind);
        ChannelKind KindOf(string queueId) => queues.TryGetValue(queueId, out var q) ? kinds.GetValueOrDefault(q.ChannelId, ChannelKind.Chat) : ChannelKind.Chat;

        // Busy agents are ready agents at capacity: routed like ready ones (capacity already keeps them
        // out), so a busy flag that lags a freed seat never holds up an offer. Not-ready agents are
        // read only for their channels' busy flags.
        var present = await session.Query<AgentPresence>()
            .Where(p => p.State == GlobalState.Ready || p.State == GlobalState.Busy || p.State == GlobalState.NotReady).ToListAsync(cancellationToken);
        var ids = present.Select(p => p.AgentId).ToArray();
        var users = (await session.LoadManyAsync<StaffUser>(cancellationToken, ids)).Where(u => !u.Disabled).ToDictionary(u => u.Id);
        var teams = await session.Query<Team>().ToListAsync(cancellationToken);
        // A seat in wrap-up stays taken for its queue's wrap-up time (docs/domain.md, "Wrap-up").
        var holding = queues.Values.Where(q => q.WrapUpTime is not null).Select(q => q.Id).ToArray();
        var busy = await session.Query<ConversationHistory>()
            .Where(c => (c.AgentId != null && ids.Contains(c.AgentId.Value) && (c.Status == ConversationStatus.Active || c.Status == ConversationStatus.Pending))
                || (c.OfferedTo != null && ids.Contains(c.OfferedTo.Value) && c.Status == ConversationStatus.Offered)
                || (c.TransferTo != null && ids.Contains(c.TransferTo.Value))
                || (c.AgentId != null && ids.Contains(c.AgentId.Value) && c.Status == ConversationStatus.WrapUp && holding.Contains(c.QueueId)))
            .ToListAsync(cancellationToken);
        // A conference guest's seat counts as the queue says (Queue.GuestsTakeASeat).
        var seatedGuests = queues.Values.Where(q => q.GuestsTakeASeat).Select(q => q.Id).ToArray();
        var conferences = await session.Query<ConversationHistory>()
            .Where(c => (c.Status == ConversationStatus.Active || c.Status == ConversationStatus.Pending) && seatedGuests.Contains(c.QueueId) && c.GuestIds.Any())
            .ToListAsync(cancellationToken);
        int GuestSeats(Guid agent, ChannelKind kind) => conferences.Count(c => c.GuestIds.Contains(agent) && KindOf(c.QueueId) == kind);
        bool Holds(ConversationHistory b) => b.Status is ConversationStatus.Active or ConversationStatus.Pending
            || (b.Status == ConversationStatus.WrapUp && WrapUpHold.Until(b, queues.GetValueOrDefault(b.QueueId)) > now);

        // An agent whose every desk is closed keeps their state through the grace period (a reload),
        // but is no candidate: sticky routing then falls back to another agent at once.
        var agents = present.Where(p => p.State != GlobalState.NotReady && users.ContainsKey(p.AgentId) && live.Contains(p.AgentId)).Select(p => new AgentAvailability
        {
            AgentId = p.AgentId,
            State = GlobalState.Ready,
            QueueIds = QueueMembership.QueuesOf(users[p.AgentId], teams, queues.Values).ToHashSet(),
            Skills = users[p.AgentId].Skills.ToHashSet(),
            IdleSince = p.Since,
            Channels = p.Channels.ToDictionary(c => c.Key, c => c.Value with
            {
                InUse = busy.Count(b => b.AgentId == p.AgentId && Holds(b) && KindOf(b.QueueId) == c.Key) + GuestSeats(p.AgentId, c.Key),
                // An open transfer to the agent reserves a seat as an offer does (a transfer stays on its channel).
                Reserved = busy.Count(b => ((b.OfferedTo == p.AgentId && b.Status == ConversationStatus.Offered) || b.TransferTo == p.AgentId) && KindOf(b.QueueId) == c.Key),
            }),
        }).ToList();
        var loads = present.ToDictionary(p => p.AgentId, p => (IReadOnlyDictionary<ChannelKind, int>)busy
            .Where(b => (b.Status == ConversationStatus.Offered ? b.OfferedTo == p.AgentId : b.AgentId == p.AgentId && Holds(b)) || b.TransferTo == p.AgentId)
            .Concat(conferences.Where(c => c.GuestIds.Contains(p.AgentId)))
            .GroupBy(b => KindOf(b.QueueId)).ToDictionary(g => g.Key, g => g.Count()));

        return new RoutingSnapshot(
            [.. waiting.Select(c => new WaitingConversation
            {
                ConversationId = c.Id, QueueId = c.QueueId, Channel = KindOf(c.QueueId), QueuedAt = c.QueuedAt, RankedAt = c.RankedAt, DeclinedBy = c.DeclinedBy.ToHashSet(), PastQueueIds = c.PastQueueIds,
                PreferredAgentId = lastAgents.GetValueOrDefault(c.CustomerId),
                PreferredUntil = lastAgents.ContainsKey(c.CustomerId) ? c.StartedAt + options.StickyFor : null,
            })],
            queues.Values.ToDictionary(q => q.Id, q => new QueueRouting
            {
                QueueId = q.Id,
                Policy = q.Policy,
                Priority = q.Priority,
                RequiredSkills = q.RequiredSkills.ToHashSet(),
                SkillFallbackAfter = q.SkillFallbackAfter,
                MaxWait = q.MaxWait,
                OverflowQueueId = q.OverflowQueueId,
            }),
            queues,
            agents,
            users.Values.ToDictionary(u => u.Id, u => u.DisplayName))
        {
            Present = present,
            Loads = loads,
        };
    }

    // Sticky routing: the agent who last served each waiting customer, if recently.
    private static async Task<Dictionary<Guid, Guid?>> LastAgentsAsync(IQuerySession session, IReadOnlyList<ConversationHistory> waiting, DateTimeOffset since, CancellationToken cancellationToken)
    {
        var customers = waiting.Select(c => c.CustomerId).Distinct().ToArray();
        var waitingIds = waiting.Select(c => c.Id).ToArray();
        var recent = await session.Query<ConversationHistory>()
            .Where(c => customers.Contains(c.CustomerId) && c.AgentId != null && c.LastActivityAt > since && !waitingIds.Contains(c.Id))
            .ToListAsync(cancellationToken);
        return recent.GroupBy(c => c.CustomerId).ToDictionary(g => g.Key, g => g.MaxBy(c => c.LastActivityAt)!.AgentId);
    }
}
