using ContactCenter.Domain.Routing;
using static ContactCenter.Domain.Tests.Routing.RoutingScenario;

namespace ContactCenter.Domain.Tests.Routing;

/// <summary>A queue's required skills narrow the candidates until the conversation has waited the fallback time.</summary>
public sealed class SkillsTests
{
    private static readonly TimeSpan Fallback = TimeSpan.FromMinutes(2);
    private static readonly TimeSpan Tick = TimeSpan.FromTicks(1);

    private static readonly QueueRouting French = Queue().Requiring(Fallback, "french");

    [Fact]
    public void A_skilled_agent_is_chosen_over_a_longer_idle_agent_without_the_skill()
    {
        var round = Decide(
            [Conversation(1).Waited(TimeSpan.FromMinutes(1))],
            [Agent(1).IdleFor(TimeSpan.FromHours(1)), Agent(2).WithSkills("french").IdleFor(TimeSpan.FromMinutes(1))],
            French);

        Assert.Equal(AgentId(2), round.OfferedTo(1));
    }

    [Fact]
    public void Every_required_skill_is_needed()
    {
        var queue = Queue().Requiring(Fallback, "french", "billing");

        var round = Decide(
            [Conversation(1).Waited(TimeSpan.FromMinutes(1))],
            [Agent(1).WithSkills("french").IdleFor(TimeSpan.FromHours(1)), Agent(2).WithSkills("billing", "french", "german")],
            queue);

        Assert.Equal(AgentId(2), round.OfferedTo(1));
    }

    [Fact]
    public void Without_a_skilled_agent_the_conversation_waits_before_the_fallback()
    {
        var round = Decide([Conversation(1).Waited(Fallback - Tick)], [Agent(1).WithSkills("german")], French);

        Assert.Empty(round.Offers);
    }

    [Fact]
    public void Exactly_at_the_fallback_wait_the_requirement_is_dropped()
    {
        var round = Decide([Conversation(1).Waited(Fallback)], [Agent(1)], French);

        Assert.Equal(AgentId(1), round.OfferedTo(1));
    }

    [Fact]
    public void After_the_fallback_the_policy_chooses_among_all_members_skilled_or_not()
    {
        var round = Decide(
            [Conversation(1).Waited(Fallback + TimeSpan.FromMinutes(1))],
            [Agent(1).WithSkills("french").IdleFor(TimeSpan.FromMinutes(1)), Agent(2).IdleFor(TimeSpan.FromHours(1))],
            French);

        Assert.Equal(AgentId(2), round.OfferedTo(1));
    }

    [Fact]
    public void The_fallback_is_judged_per_conversation_by_its_own_wait()
    {
        var round = Decide(
            [Conversation(1).Waited(Fallback + Tick), Conversation(2).Waited(Fallback - Tick)],
            [Agent(1, capacity: 2)],
            French);

        Assert.Equal(AgentId(1), round.OfferedTo(1));
        Assert.Null(round.OfferedTo(2));
    }

    [Fact]
    public void A_queue_without_required_skills_takes_any_member()
    {
        var round = Decide([Conversation(1)], [Agent(1)], Queue());

        Assert.Equal(AgentId(1), round.OfferedTo(1));
    }

    [Fact]
    public void The_fallback_does_not_make_a_non_member_or_unready_agent_eligible()
    {
        var round = Decide(
            [Conversation(1).Waited(TimeSpan.FromHours(1))],
            [Agent(1).InQueues(Support), Agent(2).In(GlobalState.NotReady)],
            French,
            Queue(Support));

        Assert.Empty(round.Offers);
    }

    [Fact]
    public void IsEligible_drops_the_skill_requirement_exactly_at_the_boundary()
    {
        var agent = Agent(1);

        Assert.False(Router.IsEligible(agent, Conversation(1).Waited(Fallback - Tick), French, Now));
        Assert.True(Router.IsEligible(agent, Conversation(1).Waited(Fallback), French, Now));
        Assert.True(Router.IsEligible(agent.WithSkills("french"), Conversation(1).Waited(Fallback - Tick), French, Now));
    }
}
