using ContactCenter.Domain.Queues;
using ContactCenter.Domain.Routing;
using static ContactCenter.Domain.Tests.Routing.RoutingScenario;

namespace ContactCenter.Domain.Tests.Routing;

/// <summary>How a queue's policy picks among the eligible agents.</summary>
public sealed class PolicyTests
{
    private static readonly TimeSpan Minute = TimeSpan.FromMinutes(1);

    [Fact]
    public void Longest_idle_picks_the_agent_idle_since_the_earliest()
    {
        var round = Decide(
            [Conversation(1)],
            [Agent(1).IdleFor(5 * Minute), Agent(2).IdleFor(30 * Minute), Agent(3).IdleFor(10 * Minute)],
            Queue(policy: RoutingPolicy.LongestIdle));

        Assert.Equal(AgentId(2), round.OfferedTo(1));
    }

    [Fact]
    public void Longest_idle_breaks_a_tie_by_agent_id()
    {
        var round = Decide(
            [Conversation(1)],
            [Agent(3).IdleFor(5 * Minute), Agent(2).IdleFor(5 * Minute)],
            Queue(policy: RoutingPolicy.LongestIdle));

        Assert.Equal(AgentId(2), round.OfferedTo(1));
    }

    [Fact]
    public void Longest_idle_is_the_default_policy()
    {
        var queue = new QueueRouting { QueueId = Sales };

        var round = Decide([Conversation(1)], [Agent(1).IdleFor(5 * Minute), Agent(2).IdleFor(30 * Minute)], queue);

        Assert.Equal(AgentId(2), round.OfferedTo(1));
    }

    [Fact]
    public void Least_busy_picks_the_lowest_load_even_when_another_agent_is_idle_longer()
    {
        var round = Decide(
            [Conversation(1)],
            [
                Agent(1, capacity: 4, inUse: 3).IdleFor(60 * Minute),
                Agent(2, capacity: 4, inUse: 1).IdleFor(Minute),
                Agent(3, capacity: 2, inUse: 1).IdleFor(30 * Minute),
            ],
            Queue(policy: RoutingPolicy.LeastBusy));

        Assert.Equal(AgentId(2), round.OfferedTo(1));
    }

    [Fact]
    public void Least_busy_counts_reserved_offers_as_load()
    {
        var round = Decide(
            [Conversation(1)],
            [Agent(1, capacity: 4, inUse: 0, reserved: 2).IdleFor(60 * Minute), Agent(2, capacity: 4, inUse: 1).IdleFor(Minute)],
            Queue(policy: RoutingPolicy.LeastBusy));

        Assert.Equal(AgentId(2), round.OfferedTo(1));
    }

    [Fact]
    public void Least_busy_measures_load_as_a_share_of_capacity()
    {
        // 2 of 10 (20%) is less busy than 1 of 2 (50%).
        var round = Decide(
            [Conversation(1)],
            [Agent(1, capacity: 2, inUse: 1).IdleFor(60 * Minute), Agent(2, capacity: 10, inUse: 2).IdleFor(Minute)],
            Queue(policy: RoutingPolicy.LeastBusy));

        Assert.Equal(AgentId(2), round.OfferedTo(1));
    }

    [Fact]
    public void Least_busy_measures_load_on_the_conversation_channel_only()
    {
        var busyOnEmail = Agent(1).On(Presence(ChannelKind.Chat, capacity: 2), Presence(ChannelKind.Email, capacity: 5, inUse: 5)).IdleFor(Minute);
        var halfBusyOnChat = Agent(2, capacity: 2, inUse: 1).IdleFor(60 * Minute);

        var round = Decide([Conversation(1)], [halfBusyOnChat, busyOnEmail], Queue(policy: RoutingPolicy.LeastBusy));

        Assert.Equal(AgentId(1), round.OfferedTo(1));
    }

    [Fact]
    public void Least_busy_breaks_a_load_tie_by_longest_idle()
    {
        var round = Decide(
            [Conversation(1)],
            [Agent(1, capacity: 2, inUse: 1).IdleFor(Minute), Agent(2, capacity: 4, inUse: 2).IdleFor(30 * Minute)],
            Queue(policy: RoutingPolicy.LeastBusy));

        Assert.Equal(AgentId(2), round.OfferedTo(1));
    }

    [Fact]
    public void Least_busy_spreads_a_round_as_offers_add_load()
    {
        var round = Decide(
            [Conversation(1).Waited(3 * Minute), Conversation(2).Waited(2 * Minute), Conversation(3).Waited(Minute)],
            [Agent(1, capacity: 2).IdleFor(60 * Minute), Agent(2, capacity: 2).IdleFor(Minute)],
            Queue(policy: RoutingPolicy.LeastBusy));

        Assert.Equal(AgentId(1), round.OfferedTo(1));
        Assert.Equal(AgentId(2), round.OfferedTo(2));
        Assert.Equal(AgentId(1), round.OfferedTo(3));
    }

    [Fact]
    public void Round_robin_without_a_last_offered_agent_starts_with_the_lowest_id()
    {
        var round = Decide([Conversation(1)], [Agent(3), Agent(1), Agent(2)], Queue(policy: RoutingPolicy.RoundRobin));

        Assert.Equal(AgentId(1), round.OfferedTo(1));
    }

    [Theory]
    [InlineData(1, 2)]
    [InlineData(2, 3)]
    [InlineData(3, 1)]
    public void Round_robin_picks_the_next_agent_id_after_the_last_offered_and_wraps(int last, int expected)
    {
        var round = Decide(
            [Conversation(1)],
            [Agent(1).IdleFor(Minute), Agent(2).IdleFor(Minute), Agent(3).IdleFor(60 * Minute)],
            new Dictionary<string, Guid> { [Sales] = AgentId(last) },
            Queue(policy: RoutingPolicy.RoundRobin));

        Assert.Equal(AgentId(expected), round.OfferedTo(1));
    }

    [Fact]
    public void Round_robin_skips_an_agent_who_is_not_eligible()
    {
        var round = Decide(
            [Conversation(1)],
            [Agent(1), Agent(2).In(GlobalState.NotReady), Agent(3)],
            new Dictionary<string, Guid> { [Sales] = AgentId(1) },
            Queue(policy: RoutingPolicy.RoundRobin));

        Assert.Equal(AgentId(3), round.OfferedTo(1));
    }

    [Fact]
    public void Round_robin_continues_after_a_last_offered_agent_who_is_no_longer_present()
    {
        var round = Decide(
            [Conversation(1)],
            [Agent(1), Agent(3), Agent(4)],
            new Dictionary<string, Guid> { [Sales] = AgentId(2) },
            Queue(policy: RoutingPolicy.RoundRobin));

        Assert.Equal(AgentId(3), round.OfferedTo(1));
    }

    [Fact]
    public void Round_robin_rotates_within_one_round_and_records_the_last_offered_agent()
    {
        var round = Decide(
            [Conversation(1).Waited(4 * Minute), Conversation(2).Waited(3 * Minute), Conversation(3).Waited(2 * Minute), Conversation(4).Waited(Minute)],
            [Agent(1, capacity: 5), Agent(2, capacity: 5), Agent(3, capacity: 5)],
            new Dictionary<string, Guid> { [Sales] = AgentId(2) },
            Queue(policy: RoutingPolicy.RoundRobin));

        Assert.Equal([AgentId(3), AgentId(1), AgentId(2), AgentId(3)], round.Offers.Select(o => o.AgentId));
        Assert.Equal(AgentId(3), round.LastOffered[Sales]);
    }

    [Fact]
    public void Last_offered_is_kept_per_queue_and_untouched_for_queues_without_offers()
    {
        var agents = new[] { Agent(1, capacity: 5), Agent(2, capacity: 5), Agent(3, capacity: 5) }
            .Select(a => a.InQueues(Sales, Support, "billing"))
            .ToList();
        var lastOffered = new Dictionary<string, Guid> { [Sales] = AgentId(1), [Support] = AgentId(3), ["billing"] = AgentId(2) };

        var round = Decide(
            [Conversation(1, Sales), Conversation(2, Support)],
            agents,
            lastOffered,
            Queue(Sales, RoutingPolicy.RoundRobin),
            Queue(Support, RoutingPolicy.RoundRobin),
            Queue("billing", RoutingPolicy.RoundRobin));

        Assert.Equal(AgentId(2), round.OfferedTo(1));
        Assert.Equal(AgentId(1), round.OfferedTo(2));
        Assert.Equal(AgentId(2), round.LastOffered[Sales]);
        Assert.Equal(AgentId(1), round.LastOffered[Support]);
        Assert.Equal(AgentId(2), round.LastOffered["billing"]);
        Assert.Equal(3, round.LastOffered.Count);
    }

    [Fact]
    public void The_last_offered_map_given_in_is_not_changed()
    {
        var lastOffered = new Dictionary<string, Guid> { [Sales] = AgentId(1) };

        var round = Decide([Conversation(1)], [Agent(1), Agent(2)], lastOffered, Queue(policy: RoutingPolicy.RoundRobin));

        Assert.Equal(AgentId(2), round.LastOffered[Sales]);
        Assert.Equal(AgentId(1), lastOffered[Sales]);
    }

    [Fact]
    public void A_round_without_offers_returns_the_last_offered_agents_it_was_given()
    {
        var round = Decide([], [Agent(1)], new Dictionary<string, Guid> { [Sales] = AgentId(7) }, Queue(policy: RoutingPolicy.RoundRobin));

        Assert.Equal(AgentId(7), Assert.Single(round.LastOffered).Value);
    }
}
