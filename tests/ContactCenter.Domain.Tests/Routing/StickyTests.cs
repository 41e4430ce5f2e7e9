using ContactCenter.Domain.Queues;
using ContactCenter.Domain.Routing;
using static ContactCenter.Domain.Tests.Routing.RoutingScenario;

namespace ContactCenter.Domain.Tests.Routing;

/// <summary>Sticky routing: the customer's last agent is tried first while the preference lasts and they are eligible.</summary>
public sealed class StickyTests
{
    private static readonly TimeSpan Minute = TimeSpan.FromMinutes(1);

    // Agent 1 is idle longest, so the policy alone would choose them; agent 2 is the preferred one.
    private static IEnumerable<AgentAvailability> Agents(AgentAvailability? preferred = null) =>
        [Agent(1).IdleFor(60 * Minute), preferred ?? Agent(2).IdleFor(Minute)];

    [Theory]
    [InlineData(RoutingPolicy.LongestIdle)]
    [InlineData(RoutingPolicy.LeastBusy)]
    [InlineData(RoutingPolicy.RoundRobin)]
    public void The_preferred_agent_is_chosen_over_the_policy_while_the_preference_lasts(RoutingPolicy policy)
    {
        var round = Decide(
            [Conversation(1).Preferring(2, Now.AddMinutes(5))],
            Agents(),
            new Dictionary<string, Guid> { [Sales] = AgentId(2) },
            Queue(policy: policy));

        Assert.Equal(AgentId(2), round.OfferedTo(1));
        Assert.Equal(AgentId(2), round.LastOffered[Sales]);
    }

    [Fact]
    public void An_expired_preference_is_ignored_and_the_policy_decides()
    {
        var round = Decide([Conversation(1).Preferring(2, Now.AddMinutes(-1))], Agents());

        Assert.Equal(AgentId(1), round.OfferedTo(1));
    }

    [Fact]
    public void A_preference_ending_exactly_now_is_expired()
    {
        var round = Decide([Conversation(1).Preferring(2, Now)], Agents());

        Assert.Equal(AgentId(1), round.OfferedTo(1));
    }

    [Fact]
    public void A_preferred_agent_without_an_end_time_is_ignored()
    {
        var round = Decide([Conversation(1).Preferring(2, null)], Agents());

        Assert.Equal(AgentId(1), round.OfferedTo(1));
    }

    [Fact]
    public void A_preferred_agent_who_is_not_ready_is_passed_over_for_the_policy()
    {
        var round = Decide([Conversation(1).Preferring(2, Now.AddMinutes(5))], Agents(Agent(2).In(GlobalState.NotReady)));

        Assert.Equal(AgentId(1), round.OfferedTo(1));
    }

    [Fact]
    public void A_preferred_agent_without_free_capacity_is_passed_over_for_the_policy()
    {
        var round = Decide([Conversation(1).Preferring(2, Now.AddMinutes(5))], Agents(Agent(2, capacity: 2, inUse: 2)));

        Assert.Equal(AgentId(1), round.OfferedTo(1));
    }

    [Fact]
    public void A_preferred_agent_who_declined_the_conversation_is_passed_over_for_the_policy()
    {
        var round = Decide([Conversation(1).Preferring(2, Now.AddMinutes(5)).DeclinedBy(2)], Agents());

        Assert.Equal(AgentId(1), round.OfferedTo(1));
    }

    [Fact]
    public void A_preferred_agent_who_is_not_a_member_of_the_queue_is_passed_over_for_the_policy()
    {
        var round = Decide([Conversation(1).Preferring(2, Now.AddMinutes(5))], Agents(Agent(2).InQueues(Support)), Queue(Sales), Queue(Support));

        Assert.Equal(AgentId(1), round.OfferedTo(1));
    }

    [Fact]
    public void A_preferred_agent_who_is_not_present_at_all_is_passed_over_for_the_policy()
    {
        var round = Decide([Conversation(1).Preferring(9, Now.AddMinutes(5))], Agents());

        Assert.Equal(AgentId(1), round.OfferedTo(1));
    }

    [Fact]
    public void A_preferred_agent_lacking_a_required_skill_waits_for_the_fallback_like_anyone()
    {
        var queue = Queue().Requiring(TimeSpan.FromMinutes(2), "french");
        var agents = new[] { Agent(1).WithSkills("french").IdleFor(Minute), Agent(2).IdleFor(60 * Minute) };

        var before = Decide([Conversation(1).Waited(Minute).Preferring(2, Now.AddMinutes(5))], agents, queue);
        var after = Decide([Conversation(1).Waited(3 * Minute).Preferring(2, Now.AddMinutes(5))], agents, queue);

        Assert.Equal(AgentId(1), before.OfferedTo(1));
        Assert.Equal(AgentId(2), after.OfferedTo(1));
    }

    [Fact]
    public void A_preferred_agent_filled_earlier_in_the_round_is_passed_over_for_the_policy()
    {
        var round = Decide(
            [Conversation(1).Waited(2 * Minute).Preferring(2, Now.AddMinutes(5)), Conversation(2).Waited(Minute).Preferring(2, Now.AddMinutes(5))],
            Agents());

        Assert.Equal(AgentId(2), round.OfferedTo(1));
        Assert.Equal(AgentId(1), round.OfferedTo(2));
    }
}
