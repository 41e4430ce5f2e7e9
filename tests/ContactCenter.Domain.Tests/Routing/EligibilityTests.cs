using ContactCenter.Domain.Queues;
using ContactCenter.Domain.Routing;
using static ContactCenter.Domain.Tests.Routing.RoutingScenario;

namespace ContactCenter.Domain.Tests.Routing;

/// <summary>Who may be offered a conversation at all: member, globally ready, ready on the channel with free capacity, not declined.</summary>
public sealed class EligibilityTests
{
    [Fact]
    public void A_ready_member_with_free_capacity_is_offered_the_conversation()
    {
        var round = Decide([Conversation(1)], [Agent(1)]);

        var offer = Assert.Single(round.Offers);
        Assert.Equal(new Offer(ConversationId(1), AgentId(1), Sales, ChannelKind.Chat), offer);
    }

    [Fact]
    public void An_agent_who_is_not_a_member_of_the_queue_is_never_offered()
    {
        var round = Decide([Conversation(1)], [Agent(1).InQueues(Support)], Queue(Sales), Queue(Support));

        Assert.Empty(round.Offers);
    }

    [Fact]
    public void A_member_is_chosen_over_a_longer_idle_agent_of_another_queue()
    {
        var round = Decide(
            [Conversation(1)],
            [Agent(1).InQueues(Support).IdleFor(TimeSpan.FromHours(1)), Agent(2).InQueues(Sales, Support)],
            Queue(Sales),
            Queue(Support));

        Assert.Equal(AgentId(2), round.OfferedTo(1));
    }

    [Theory]
    [InlineData(GlobalState.Offline)]
    [InlineData(GlobalState.NotReady)]
    [InlineData(GlobalState.Busy)]
    public void An_agent_not_globally_ready_is_never_offered_even_when_ready_on_the_channel(GlobalState state)
    {
        var round = Decide([Conversation(1)], [Agent(1, capacity: 5).In(state)]);

        Assert.Empty(round.Offers);
    }

    [Theory]
    [InlineData(GlobalState.Offline)]
    [InlineData(GlobalState.NotReady)]
    [InlineData(GlobalState.Busy)]
    public void A_globally_ready_agent_gets_the_offer_that_an_agent_not_ready_would_have_had(GlobalState state)
    {
        var round = Decide(
            [Conversation(1)],
            [Agent(1).In(state).IdleFor(TimeSpan.FromHours(1)), Agent(2)]);

        Assert.Equal(AgentId(2), round.OfferedTo(1));
    }

    [Fact]
    public void An_agent_not_ready_on_the_channel_is_never_offered()
    {
        var round = Decide([Conversation(1)], [Agent(1).On(Presence(ChannelKind.Chat, capacity: 3, ready: false))]);

        Assert.Empty(round.Offers);
    }

    [Fact]
    public void An_agent_who_does_not_work_the_channel_is_never_offered()
    {
        var round = Decide([Conversation(1, channel: ChannelKind.Email)], [Agent(1).On(Presence(ChannelKind.Chat, capacity: 3))]);

        Assert.Empty(round.Offers);
    }

    [Fact]
    public void Readiness_on_another_channel_does_not_make_an_agent_eligible()
    {
        var agent = Agent(1).On(Presence(ChannelKind.Chat, capacity: 3, ready: false), Presence(ChannelKind.Email, capacity: 3));

        var round = Decide([Conversation(1, channel: ChannelKind.Chat), Conversation(2, channel: ChannelKind.Email)], [agent]);

        Assert.Null(round.OfferedTo(1));
        Assert.Equal(AgentId(1), round.OfferedTo(2));
    }

    [Theory]
    [InlineData(2, 2, 0)]
    [InlineData(2, 0, 2)]
    [InlineData(2, 1, 1)]
    [InlineData(0, 0, 0)]
    [InlineData(2, 3, 0)]
    public void An_agent_without_free_capacity_counting_in_use_and_reserved_is_never_offered(int capacity, int inUse, int reserved)
    {
        var round = Decide([Conversation(1)], [Agent(1, capacity, inUse, reserved)]);

        Assert.Empty(round.Offers);
    }

    [Theory]
    [InlineData(2, 1, 0)]
    [InlineData(2, 0, 1)]
    [InlineData(3, 1, 1)]
    public void An_agent_with_one_free_slot_after_in_use_and_reserved_is_offered(int capacity, int inUse, int reserved)
    {
        var round = Decide([Conversation(1)], [Agent(1, capacity, inUse, reserved)]);

        Assert.Equal(AgentId(1), round.OfferedTo(1));
    }

    [Fact]
    public void An_agent_who_declined_the_conversation_is_skipped_for_the_next_one()
    {
        var round = Decide(
            [Conversation(1).DeclinedBy(1)],
            [Agent(1).IdleFor(TimeSpan.FromHours(1)), Agent(2)]);

        Assert.Equal(AgentId(2), round.OfferedTo(1));
    }

    [Fact]
    public void A_conversation_declined_by_every_eligible_agent_stays_unoffered()
    {
        var round = Decide([Conversation(1).DeclinedBy(1, 2)], [Agent(1), Agent(2)]);

        Assert.Empty(round.Offers);
    }

    [Fact]
    public void A_decline_of_one_conversation_does_not_keep_the_agent_from_another()
    {
        var round = Decide([Conversation(1).DeclinedBy(1), Conversation(2)], [Agent(1)]);

        Assert.Null(round.OfferedTo(1));
        Assert.Equal(AgentId(1), round.OfferedTo(2));
    }

    [Fact]
    public void A_conversation_of_a_queue_missing_from_the_queue_map_is_ignored()
    {
        var round = Decide(
            [Conversation(1, queueId: "ghost").Waited(TimeSpan.FromHours(1)), Conversation(2)],
            [Agent(1).InQueues(Sales, "ghost")]);

        var offer = Assert.Single(round.Offers);
        Assert.Equal(ConversationId(2), offer.ConversationId);
        Assert.False(round.LastOffered.ContainsKey("ghost"));
    }

    [Fact]
    public void Only_conversations_of_missing_queues_give_an_empty_round()
    {
        var round = Decide([Conversation(1, queueId: "ghost")], [Agent(1).InQueues("ghost")]);

        Assert.Empty(round.Offers);
        Assert.Empty(round.LastOffered);
    }

    [Fact]
    public void Nothing_waiting_or_nobody_available_gives_no_offers()
    {
        Assert.Empty(Decide([], [Agent(1)]).Offers);
        Assert.Empty(Decide([Conversation(1)], []).Offers);
    }

    [Fact]
    public void IsEligible_agrees_with_each_condition()
    {
        var queue = Queue();
        var conversation = Conversation(1);

        Assert.True(Router.IsEligible(Agent(1), conversation, queue, Now));
        Assert.False(Router.IsEligible(Agent(1).InQueues(Support), conversation, queue, Now));
        Assert.False(Router.IsEligible(Agent(1).In(GlobalState.NotReady), conversation, queue, Now));
        Assert.False(Router.IsEligible(Agent(1).On(Presence(ChannelKind.Chat, ready: false)), conversation, queue, Now));
        Assert.False(Router.IsEligible(Agent(1, capacity: 1, reserved: 1), conversation, queue, Now));
        Assert.False(Router.IsEligible(Agent(1), conversation.DeclinedBy(1), queue, Now));
    }
}
