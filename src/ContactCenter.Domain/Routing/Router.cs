using ContactCenter.Domain.Queues;

namespace ContactCenter.Domain.Routing;

/// <summary>The result of one routing round: offers to make, and each queue's last offered agent (for round robin).</summary>
public sealed record RoutingRound(IReadOnlyList<Offer> Offers, IReadOnlyDictionary<string, Guid> LastOffered);

/// <summary>
/// Pure routing decisions: which waiting conversation goes to which agent, now. Queues by priority,
/// then conversations by priority and time waited; an eligible agent is a member of the queue,
/// globally ready, ready on the channel with free capacity, skilled as the queue requires (until
/// the fallback wait passes), and has not declined this conversation. Each offer reserves capacity
/// within the round, so one round never over-fills an agent or offers a conversation twice. A sticky
/// offer counts as the queue's last offer, so round robin goes on from the preferred agent.
/// </summary>
public static class Router
{
    public static RoutingRound Decide(
        IReadOnlyList<WaitingConversation> waiting,
        IReadOnlyDictionary<string, QueueRouting> queues,
        IReadOnlyList<AgentAvailability> agents,
        IReadOnlyDictionary<string, Guid> lastOffered,
        DateTimeOffset now)
    {
        var pool = agents.DistinctBy(a => a.AgentId).ToDictionary(a => a.AgentId);
        var last = new Dictionary<string, Guid>(lastOffered);
        var offers = new List<Offer>();
        var ordered = waiting
            .Where(w => queues.ContainsKey(w.QueueId))
            .OrderByDescending(w => queues[w.QueueId].Priority)
            .ThenByDescending(w => w.Priority)
            .ThenBy(w => w.RankedAt)
            .ThenBy(w => w.ConversationId);
        foreach (var conversation in ordered)
        {
            var queue = queues[conversation.QueueId];
            var candidates = pool.Values.Where(a => IsEligible(a, conversation, queue, now)).ToList();
            if (candidates.Count == 0)
            {
                continue;
            }

            var chosen = Sticky(candidates, conversation, now) ?? ByPolicy(candidates, queue, conversation.Channel, last.GetValueOrDefault(queue.QueueId));
            offers.Add(new Offer(conversation.ConversationId, chosen.AgentId, queue.QueueId, conversation.Channel));
            // Just offered work, the agent is no longer the longest idle: the next offer goes to another.
            pool[chosen.AgentId] = chosen.Reserve(conversation.Channel) with { IdleSince = now };
            last[queue.QueueId] = chosen.AgentId;
        }

        return new RoutingRound(offers, last);
    }

    public static bool IsEligible(AgentAvailability agent, WaitingConversation conversation, QueueRouting queue, DateTimeOffset now) =>
        agent.QueueIds.Contains(queue.QueueId)
        && agent.CanTake(conversation.Channel)
        && !conversation.DeclinedBy.Contains(agent.AgentId)
        && (now - conversation.QueuedAt >= queue.SkillFallbackAfter || queue.RequiredSkills.All(agent.Skills.Contains));

    private static AgentAvailability? Sticky(List<AgentAvailability> candidates, WaitingConversation conversation, DateTimeOffset now) =>
        conversation.PreferredAgentId is { } preferred && conversation.PreferredUntil > now
            ? candidates.FirstOrDefault(a => a.AgentId == preferred)
            : null;

    private static AgentAvailability ByPolicy(List<AgentAvailability> candidates, QueueRouting queue, ChannelKind channel, Guid lastAgent) => queue.Policy switch
    {
        RoutingPolicy.LeastBusy => candidates.OrderBy(a => a.Load(channel)).ThenBy(a => a.IdleSince).ThenBy(a => a.AgentId).First(),
        // The next agent after the last one offered, in a stable order, wrapping around.
        RoutingPolicy.RoundRobin => candidates.OrderBy(a => a.AgentId.CompareTo(lastAgent) <= 0).ThenBy(a => a.AgentId).First(),
        _ => candidates.OrderBy(a => a.IdleSince).ThenBy(a => a.AgentId).First(),
    };
}
