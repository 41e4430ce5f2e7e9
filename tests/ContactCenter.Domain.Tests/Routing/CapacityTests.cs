using ContactCenter.Domain.Queues;
using ContactCenter.Domain.Routing;
using static ContactCenter.Domain.Tests.Routing.RoutingScenario;

namespace ContactCenter.Domain.Tests.Routing;

/// <summary>Each offer reserves capacity within the round: nobody is over-filled and no conversation is offered twice.</summary>
public sealed class CapacityTests
{
    private static readonly TimeSpan Minute = TimeSpan.FromMinutes(1);

    private static IEnumerable<WaitingConversation> FiveWaiting() =>
        Enumerable.Range(1, 5).Select(n => Conversation(n).Waited((10 - n) * Minute));

    [Theory]
    [InlineData(RoutingPolicy.LongestIdle)]
    [InlineData(RoutingPolicy.LeastBusy)]
    [InlineData(RoutingPolicy.RoundRobin)]
    public void An_agent_with_capacity_two_receives_at_most_two_offers_of_five_and_the_rest_stay_unoffered(RoutingPolicy policy)
    {
        var full = Agent(2, capacity: 3, inUse: 3).IdleFor(60 * Minute);

        var round = Decide(FiveWaiting(), [Agent(1, capacity: 2), full], Queue(policy: policy));

        Assert.Equal(2, round.Offers.Count);
        Assert.All(round.Offers, o => Assert.Equal(AgentId(1), o.AgentId));
        Assert.Equal([ConversationId(1), ConversationId(2)], round.OfferedConversations());
        Assert.DoesNotContain(round.Offers, o => o.AgentId == AgentId(2));
    }

    [Theory]
    [InlineData(RoutingPolicy.LongestIdle)]
    [InlineData(RoutingPolicy.LeastBusy)]
    [InlineData(RoutingPolicy.RoundRobin)]
    public void No_conversation_is_offered_twice_even_with_capacity_to_spare(RoutingPolicy policy)
    {
        var round = Decide(FiveWaiting(), [Agent(1, capacity: 10), Agent(2, capacity: 10), Agent(3, capacity: 10)], Queue(policy: policy));

        Assert.Equal(5, round.Offers.Count);
        Assert.Equal(5, round.OfferedConversations().Distinct().Count());
    }

    [Fact]
    public void Capacity_already_in_use_or_reserved_limits_the_offers_of_the_round()
    {
        var round = Decide(FiveWaiting(), [Agent(1, capacity: 4, inUse: 1, reserved: 1)]);

        Assert.Equal([ConversationId(1), ConversationId(2)], round.OfferedConversations());
    }

    [Fact]
    public void Five_conversations_fill_three_agents_exactly_to_their_capacities()
    {
        var round = Decide(
            FiveWaiting(),
            [Agent(1, capacity: 2).IdleFor(60 * Minute), Agent(2, capacity: 2).IdleFor(30 * Minute), Agent(3, capacity: 1).IdleFor(Minute)]);

        Assert.Equal(5, round.Offers.Count);
        Assert.Equal(2, round.Offers.Count(o => o.AgentId == AgentId(1)));
        Assert.Equal(2, round.Offers.Count(o => o.AgentId == AgentId(2)));
        Assert.Equal(1, round.Offers.Count(o => o.AgentId == AgentId(3)));
    }

    [Fact]
    public void Capacity_is_counted_per_channel()
    {
        var agent = Agent(1).On(Presence(ChannelKind.Chat, capacity: 1), Presence(ChannelKind.Email, capacity: 2));

        var round = Decide(
            [
                Conversation(1, channel: ChannelKind.Chat).Waited(6 * Minute),
                Conversation(2, channel: ChannelKind.Email).Waited(5 * Minute),
                Conversation(3, channel: ChannelKind.Chat).Waited(4 * Minute),
                Conversation(4, channel: ChannelKind.Email).Waited(3 * Minute),
                Conversation(5, channel: ChannelKind.Email).Waited(2 * Minute),
            ],
            [agent]);

        Assert.Equal([ConversationId(1), ConversationId(2), ConversationId(4)], round.OfferedConversations());
        Assert.Equal([ChannelKind.Chat, ChannelKind.Email, ChannelKind.Email], round.Offers.Select(o => o.Channel));
    }

    [Fact]
    public void Capacity_is_shared_across_the_queues_an_agent_serves()
    {
        var agent = Agent(1, capacity: 2).InQueues(Sales, Support);

        var round = Decide(
            [Conversation(1, Sales).Waited(3 * Minute), Conversation(2, Support).Waited(2 * Minute), Conversation(3, Sales).Waited(Minute)],
            [agent],
            Queue(Sales),
            Queue(Support));

        Assert.Equal([ConversationId(1), ConversationId(2)], round.OfferedConversations());
    }

    [Fact]
    public void Deciding_does_not_change_the_agents_given_in()
    {
        var agent = Agent(1, capacity: 3);

        var round = Decide(FiveWaiting(), [agent]);

        Assert.Equal(3, round.Offers.Count);
        Assert.Equal(0, agent.Channels[ChannelKind.Chat].Reserved);
        Assert.Equal(3, agent.Channels[ChannelKind.Chat].FreeCapacity);
    }
}
