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
    public static async Task<RoutingSnapshot> ReadAsync(IQuerySession session, RoutingOptions options, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var waiting = await session.Query<ConversationHistory>().Where(c => c.Status == ConversationStatus.Queued).ToListAsync(cancellationToken);
        var lastAgents = await LastAgentsAsync(session, waiting, now - options.StickyWindow, cancellationToken);
        var queues = (await session.Query<Queue>().ToListAsync(cancellationToken)).ToDictionary(q => q.Id);
        var kinds = (await session.Query<Channel>().ToListAsync(cancellationToken)).ToDictionary(c => c.Id, c => c.Kind);
        ChannelKind KindOf(string queueId) => queues.TryGetValue(queueId, out var q) ? kinds.GetValueOrDefault(q.ChannelId, ChannelKind.Chat) : ChannelKind.Chat;

        var ready = await session.Query<AgentPresence>().Where(p => p.State == GlobalState.Ready).ToListAsync(cancellationToken);
        var ids = ready.Select(p => p.AgentId).ToArray();
        var users = (await session.LoadManyAsync<StaffUser>(cancellationToken, ids)).Where(u => !u.Disabled).ToDictionary(u => u.Id);
        var teams = await session.Query<Team>().ToListAsync(cancellationToken);
        var busy = await session.Query<ConversationHistory>()
            .Where(c => (c.AgentId != null && ids.Contains(c.AgentId.Value) && (c.Status == ConversationStatus.Active || c.Status == ConversationStatus.Pending))
                || (c.OfferedTo != null && ids.Contains(c.OfferedTo.Value) && c.Status == ConversationStatus.Offered))
            .ToListAsync(cancellationToken);

        var agents = ready.Where(p => users.ContainsKey(p.AgentId)).Select(p => new AgentAvailability
        {
            AgentId = p.AgentId,
            State = p.State,
            QueueIds = QueueMembership.QueuesOf(users[p.AgentId], teams, queues.Values).ToHashSet(),
            Skills = users[p.AgentId].Skills.ToHashSet(),
            IdleSince = p.Since,
            Channels = p.Channels.ToDictionary(c => c.Key, c => c.Value with
            {
                InUse = busy.Count(b => b.AgentId == p.AgentId && b.Status != ConversationStatus.Offered && KindOf(b.QueueId) == c.Key),
                Reserved = busy.Count(b => b.OfferedTo == p.AgentId && b.Status == ConversationStatus.Offered && KindOf(b.QueueId) == c.Key),
            }),
        }).ToList();

        return new RoutingSnapshot(
            [.. waiting.Select(c => new WaitingConversation
            {
                ConversationId = c.Id, QueueId = c.QueueId, Channel = KindOf(c.QueueId), QueuedAt = c.QueuedAt, DeclinedBy = c.DeclinedBy.ToHashSet(), PastQueueIds = c.PastQueueIds,
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
            users.Values.ToDictionary(u => u.Id, u => u.DisplayName));
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
