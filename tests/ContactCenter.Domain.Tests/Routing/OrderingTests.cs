using ContactCenter.Domain.Queues;
using static ContactCenter.Domain.Tests.Routing.RoutingScenario;

namespace ContactCenter.Domain.Tests.Routing;

/// <summary>Which waiting conversation is served first: queue priority, then conversation priority, then time waited, then id.</summary>
public sealed class OrderingTests
{
    private static readonly TimeSpan Minute = TimeSpan.FromMinutes(1);

    [Fact]
    public void A_higher_priority_queue_is_served_first_even_with_a_younger_lower_priority_conversation()
    {
        var agent = Agent(1).InQueues(Sales, Support);

        var round = Decide(
            [Conversation(1, Sales, priority: 9).Waited(60 * Minute), Conversation(2, Support).Waited(Minute)],
            [agent],
            Queue(Sales, priority: 1),
            Queue(Support, priority: 2));

        Assert.Equal([ConversationId(2)], round.OfferedConversations());
    }

    [Fact]
    public void Within_a_queue_a_higher_priority_conversation_is_served_before_an_older_one()
    {
        var round = Decide(
            [Conversation(1, priority: 0).Waited(60 * Minute), Conversation(2, priority: 1).Waited(Minute)],
            [Agent(1)]);

        Assert.Equal([ConversationId(2)], round.OfferedConversations());
    }

    [Fact]
    public void At_equal_priority_the_oldest_conversation_is_served_first()
    {
        var round = Decide(
            [Conversation(1).Waited(2 * Minute), Conversation(2).Waited(5 * Minute), Conversation(3).Waited(3 * Minute)],
            [Agent(1)]);

        Assert.Equal([ConversationId(2)], round.OfferedConversations());
    }

    [Fact]
    public void Ties_of_priority_and_time_are_broken_by_conversation_id_whatever_the_input_order()
    {
        var round = Decide(
            [Conversation(3), Conversation(1), Conversation(2)],
            [Agent(1, capacity: 2)]);

        Assert.Equal([ConversationId(1), ConversationId(2)], round.OfferedConversations());
    }

    [Fact]
    public void Offers_come_out_in_the_full_serving_order()
    {
        var agent = Agent(1, capacity: 10).InQueues(Sales, Support);

        var round = Decide(
            [
                Conversation(1, Sales).Waited(9 * Minute),
                Conversation(2, Support).Waited(Minute),
                Conversation(3, Support, priority: 1).Waited(Minute),
                Conversation(4, Sales, priority: 1).Waited(2 * Minute),
                Conversation(5, Support).Waited(3 * Minute),
                Conversation(6, Sales, priority: 1).Waited(2 * Minute),
            ],
            [agent],
            Queue(Sales, priority: 0),
            Queue(Support, priority: 5));

        Assert.Equal(
            [3, 5, 2, 4, 6, 1],
            round.Offers.Select(o => Enumerable.Range(1, 6).Single(n => ConversationId(n) == o.ConversationId)));
    }

    [Fact]
    public void Across_queues_of_equal_priority_conversation_priority_and_age_decide()
    {
        var agent = Agent(1).InQueues(Sales, Support);

        var round = Decide(
            [Conversation(1, Sales).Waited(Minute), Conversation(2, Support).Waited(4 * Minute)],
            [agent],
            Queue(Sales),
            Queue(Support));

        Assert.Equal([ConversationId(2)], round.OfferedConversations());
    }

    [Fact]
    public void A_conversation_nobody_can_take_does_not_block_the_ones_behind_it()
    {
        var round = Decide(
            [Conversation(1, channel: ChannelKind.Email).Waited(9 * Minute), Conversation(2).Waited(Minute)],
            [Agent(1)]);

        Assert.Equal([ConversationId(2)], round.OfferedConversations());
    }

    [Fact]
    public void A_transferred_conversation_is_served_before_newer_ones_though_its_wait_restarted()
    {
        // Started 10 minutes ago, transferred into this queue a minute ago; the other started 5 minutes ago.
        var transferred = Conversation(1).Waited(Minute) with { RankedAt = Now - (10 * Minute) };

        var round = Decide([Conversation(2).Waited(5 * Minute), transferred], [Agent(1)]);

        Assert.Equal([ConversationId(1)], round.OfferedConversations());
    }
}
