using ContactCenter.Domain.Queues;
using ContactCenter.Domain.Routing;
using static ContactCenter.Domain.Tests.Routing.RoutingScenario;

namespace ContactCenter.Domain.Tests.Routing;

/// <summary>
/// Invariants of a routing round over many seeded random scenarios: replaying the conversations in
/// serving order, each offer goes to an agent eligible with the capacity left by earlier offers, no
/// conversation is offered twice, no agent gets more offers on a channel than its free capacity, and
/// a conversation left unoffered had no eligible agent with capacity left at its turn.
/// </summary>
public sealed class RouterPropertyTests
{
    private const int Scenarios = 200;

    private static readonly string[] QueueIds = ["sales", "support", "billing", "vip"];
    private static readonly string[] SkillNames = ["french", "german", "billing", "vip"];
    private static readonly ChannelKind[] Kinds = Enum.GetValues<ChannelKind>();
    private static readonly GlobalState[] States = Enum.GetValues<GlobalState>();
    private static readonly RoutingPolicy[] Policies = Enum.GetValues<RoutingPolicy>();

    private sealed record Scenario(
        IReadOnlyList<WaitingConversation> Waiting,
        IReadOnlyDictionary<string, QueueRouting> Queues,
        IReadOnlyList<AgentAvailability> Agents,
        IReadOnlyDictionary<string, Guid> LastOffered);

    [Fact]
    public void Every_random_round_keeps_the_routing_invariants()
    {
        var random = new Random(20250304);
        var offered = 0;
        var unoffered = 0;
        for (var i = 0; i < Scenarios; i++)
        {
            var scenario = Generate(random);
            var round = Router.Decide(scenario.Waiting, scenario.Queues, scenario.Agents, scenario.LastOffered, Now);

            var (o, u) = Check(scenario, round, i);
            offered += o;
            unoffered += u;
        }

        // The generator must exercise both outcomes for the invariants to mean anything.
        Assert.True(offered > 500, $"only {offered} offers over all scenarios");
        Assert.True(unoffered > 500, $"only {unoffered} unoffered conversations over all scenarios");
    }

    private static (int Offered, int Unoffered) Check(Scenario scenario, RoutingRound round, int index)
    {
        var context = $"scenario {index}";

        // No conversation offered twice; every offer names a waiting conversation of a known queue, on its queue and channel.
        Assert.True(round.Offers.Select(o => o.ConversationId).Distinct().Count() == round.Offers.Count, $"{context}: a conversation was offered twice");
        var byConversation = round.Offers.ToDictionary(o => o.ConversationId);
        var waitingById = scenario.Waiting.ToDictionary(w => w.ConversationId);
        foreach (var offer in round.Offers)
        {
            Assert.True(waitingById.TryGetValue(offer.ConversationId, out var conversation), $"{context}: offer of an unknown conversation");
            Assert.True(scenario.Queues.ContainsKey(conversation.QueueId), $"{context}: offer of a conversation in a missing queue");
            Assert.Equal(conversation.QueueId, offer.QueueId);
            Assert.Equal(conversation.Channel, offer.Channel);
        }

        // No agent's offers exceed its free capacity on a channel.
        var agentsById = scenario.Agents.ToDictionary(a => a.AgentId);
        foreach (var group in round.Offers.GroupBy(o => (o.AgentId, o.Channel)))
        {
            var presence = agentsById[group.Key.AgentId].Channels[group.Key.Channel];
            Assert.True(group.Count() <= Math.Max(0, presence.FreeCapacity), $"{context}: {group.Count()} offers exceed free capacity {presence.FreeCapacity}");
        }

        // Replay in serving order, reserving capacity as the offers did.
        var order = scenario.Waiting
            .Where(w => scenario.Queues.ContainsKey(w.QueueId))
            .OrderByDescending(w => scenario.Queues[w.QueueId].Priority)
            .ThenByDescending(w => w.Priority)
            .ThenBy(w => w.QueuedAt)
            .ThenBy(w => w.ConversationId)
            .ToList();
        Assert.Equal(order.Where(w => byConversation.ContainsKey(w.ConversationId)).Select(w => w.ConversationId), round.Offers.Select(o => o.ConversationId));

        var pool = new Dictionary<Guid, AgentAvailability>(agentsById);
        var last = new Dictionary<string, Guid>(scenario.LastOffered);
        var unoffered = 0;
        foreach (var conversation in order)
        {
            var queue = scenario.Queues[conversation.QueueId];
            var eligible = pool.Values.Where(a => Router.IsEligible(a, conversation, queue, Now)).ToList();
            if (!byConversation.TryGetValue(conversation.ConversationId, out var offer))
            {
                Assert.True(eligible.Count == 0, $"{context}: conversation left unoffered while {eligible.Count} eligible agents had capacity");
                unoffered++;
                continue;
            }

            var chosen = pool[offer.AgentId];
            Assert.True(eligible.Contains(chosen), $"{context}: offer to an agent not eligible at the conversation's turn");

            // The same, spelled out without IsEligible, so a fault there cannot hide itself.
            Assert.Equal(GlobalState.Ready, chosen.State);
            Assert.Contains(queue.QueueId, chosen.QueueIds);
            Assert.True(chosen.Channels[conversation.Channel] is { Ready: true, FreeCapacity: > 0 }, $"{context}: offer to an agent not ready or full on the channel");
            Assert.DoesNotContain(chosen.AgentId, conversation.DeclinedBy);
            Assert.True(
                Now - conversation.QueuedAt >= queue.SkillFallbackAfter || queue.RequiredSkills.IsSubsetOf(chosen.Skills),
                $"{context}: offer to an agent lacking a required skill before the fallback");
            if (conversation.PreferredAgentId is { } preferred && conversation.PreferredUntil > Now && eligible.Any(a => a.AgentId == preferred))
            {
                Assert.True(preferred == offer.AgentId, $"{context}: the eligible preferred agent was passed over");
            }

            pool[offer.AgentId] = chosen.Reserve(conversation.Channel);
            last[queue.QueueId] = offer.AgentId;
        }

        // The last offered agent of each queue is the one of its last offer; other queues keep theirs.
        Assert.Equal(last.OrderBy(p => p.Key), round.LastOffered.OrderBy(p => p.Key));

        // Conversations of queues missing from the map are never offered.
        Assert.DoesNotContain(round.Offers, o => !scenario.Queues.ContainsKey(o.QueueId));

        return (round.Offers.Count, unoffered);
    }

    private static Scenario Generate(Random random)
    {
        // One of the queue ids is usually left out of the map, so its conversations must be ignored.
        var queues = QueueIds
            .Where(_ => random.Next(5) > 0)
            .Select(id => new QueueRouting
            {
                QueueId = id,
                Policy = Pick(random, Policies),
                Priority = random.Next(3),
                RequiredSkills = SkillNames.Where(_ => random.Next(4) == 0).ToHashSet(),
                SkillFallbackAfter = TimeSpan.FromMinutes(random.Next(6)),
            })
            .ToDictionary(q => q.QueueId);

        var agents = Enumerable.Range(0, random.Next(31))
            .Select(_ => new AgentAvailability
            {
                AgentId = NewId(random),
                State = random.Next(3) == 0 ? Pick(random, States) : GlobalState.Ready,
                QueueIds = QueueIds.Where(_ => random.Next(2) == 0).ToHashSet(),
                Channels = Kinds.Where(_ => random.Next(3) > 0).Select(k => RandomPresence(random, k)).ToDictionary(p => p.Channel),
                Skills = SkillNames.Where(_ => random.Next(2) == 0).ToHashSet(),
                IdleSince = Now.AddMinutes(-random.Next(30)),
            })
            .ToList();

        var waiting = Enumerable.Range(0, random.Next(61))
            .Select(_ => new WaitingConversation
            {
                ConversationId = NewId(random),
                QueueId = Pick(random, QueueIds),
                Channel = Pick(random, Kinds),
                // Whole minutes, so equal waits are common and the id tie-break matters.
                QueuedAt = Now.AddMinutes(-random.Next(10)),
                Priority = random.Next(3),
                DeclinedBy = agents.Where(_ => random.Next(8) == 0).Select(a => a.AgentId).ToHashSet(),
                PreferredAgentId = random.Next(3) == 0 && agents.Count > 0 ? Pick(random, agents).AgentId : null,
                PreferredUntil = random.Next(2) == 0 ? Now.AddMinutes(random.Next(-3, 4)) : null,
            })
            .ToList();

        var lastOffered = queues.Keys
            .Where(_ => random.Next(2) == 0 && agents.Count > 0)
            .ToDictionary(q => q, _ => random.Next(4) == 0 ? NewId(random) : Pick(random, agents).AgentId);

        return new Scenario(waiting, queues, agents, lastOffered);
    }

    private static ChannelPresence RandomPresence(Random random, ChannelKind kind)
    {
        var capacity = random.Next(4);
        return new ChannelPresence(kind, random.Next(5) > 0, capacity, random.Next(capacity + 2), random.Next(2));
    }

    private static T Pick<T>(Random random, IReadOnlyList<T> items) => items[random.Next(items.Count)];

    private static Guid NewId(Random random)
    {
        var bytes = new byte[16];
        random.NextBytes(bytes);
        return new Guid(bytes);
    }
}
