using ContactCenter.Domain.Routing;
using static ContactCenter.Domain.Tests.Routing.RoutingScenario;

namespace ContactCenter.Domain.Tests.Routing;

/// <summary>Which waiting conversations the router moves to an overflow queue, at <see cref="RoutingScenario.Now"/>.</summary>
public sealed class OverflowTests
{
    private static readonly TimeSpan MaxWait = TimeSpan.FromMinutes(2);

    private static QueueRouting Overflowing(string queueId, string into) => Queue(queueId) with { MaxWait = MaxWait, OverflowQueueId = into };

    private static IReadOnlyList<OverflowMove> Due(IEnumerable<WaitingConversation> waiting, params QueueRouting[] queues) =>
        Overflow.Due([.. waiting], Map(queues), Now);

    [Fact]
    public void Conversations_queued_longer_than_the_maximum_wait_move_longest_waiting_first()
    {
        var moves = Due(
            [Conversation(1).Waited(TimeSpan.FromMinutes(3)), Conversation(2).Waited(TimeSpan.FromMinutes(5)), Conversation(3).Waited(TimeSpan.FromMinutes(1))],
            Overflowing(Sales, into: Support), Queue(Support));

        Assert.Equal(
            [new OverflowMove(ConversationId(2), Sales, Support, MaxWait), new OverflowMove(ConversationId(1), Sales, Support, MaxWait)],
            moves);
    }

    [Fact]
    public void A_conversation_at_exactly_the_maximum_wait_stays()
    {
        Assert.Empty(Due([Conversation(1).Waited(MaxWait)], Overflowing(Sales, into: Support), Queue(Support)));
    }

    [Fact]
    public void A_queue_without_a_maximum_wait_keeps_its_conversations_however_long_they_wait()
    {
        Assert.Empty(Due([Conversation(1).Waited(TimeSpan.FromHours(3))], Queue(Sales), Queue(Support)));
    }

    [Fact]
    public void An_overflow_queue_that_does_not_exist_moves_nothing()
    {
        // Tried: the overflow queue was removed from the router's view after the setting was saved.
        Assert.Empty(Due([Conversation(1).Waited(TimeSpan.FromMinutes(3))], Overflowing(Sales, into: "gone")));
    }

    [Fact]
    public void A_conversation_is_never_moved_back_into_a_queue_it_overflowed_from()
    {
        var backAndForth = Conversation(1, queueId: Support).Waited(TimeSpan.FromMinutes(3)) with { PastQueueIds = [Sales] };

        Assert.Empty(Due([backAndForth], Overflowing(Sales, into: Support), Overflowing(Support, into: Sales)));
    }

    [Fact]
    public void Overflow_chains_on_to_a_queue_the_conversation_has_not_been_in()
    {
        var moved = Conversation(1, queueId: Support).Waited(TimeSpan.FromMinutes(3)) with { PastQueueIds = [Sales] };

        Assert.Equal([new OverflowMove(ConversationId(1), Support, "vip", MaxWait)], Due([moved], Overflowing(Support, into: "vip"), Queue("vip")));
    }
}
