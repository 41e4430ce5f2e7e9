using ContactCenter.Domain.Conversations;
using static ContactCenter.Domain.Tests.Conversations.ConversationScenario;
using static ContactCenter.Domain.Tests.Conversations.OfferScenario;

namespace ContactCenter.Domain.Tests.Conversations;

/// <summary>
/// A queue's maximum wait: a conversation queued longer moves to the overflow queue, its wait counts
/// again from the move, and it never moves back into a queue it left (the scenario starts in sales at T0).
/// </summary>
public sealed class OverflowingTests
{
    private static readonly TimeSpan MaxWait = TimeSpan.FromMinutes(2);
    private static readonly DateTimeOffset AfterMaxWait = T0 + MaxWait + TimeSpan.FromSeconds(1);

    private static OverflowConversation Overflow(string from, string to, DateTimeOffset now) => new(ConversationId, from, to, MaxWait, now);

    private static ConversationMovedToQueue Moved(string from, string to, DateTimeOffset at) => new(ConversationId, from, to, "max-wait", at);

    [Fact]
    public void A_conversation_queued_longer_than_the_maximum_wait_moves_to_the_overflow_queue()
    {
        Given(Queued)
            .When(Overflow("sales", "support", AfterMaxWait))
            .Then(Moved("sales", "support", AfterMaxWait));
    }

    [Fact]
    public void After_the_move_it_waits_in_the_new_queue_and_its_wait_counts_from_the_move()
    {
        var state = Given(Queued).When(Overflow("sales", "support", AfterMaxWait)).State;

        Assert.Equal(("support", AfterMaxWait, ConversationStatus.Queued), (state.QueueId, state.QueuedAt, state.Status));
        Assert.Equal(["sales"], state.PastQueueIds);
    }

    [Fact]
    public void A_conversation_that_has_waited_exactly_the_maximum_does_not_move_yet()
    {
        Given(Queued)
            .When(Overflow("sales", "support", T0 + MaxWait))
            .ThenRefused("within-max-wait");
    }

    [Fact]
    public void An_offered_conversation_does_not_move_while_the_agent_may_still_answer()
    {
        Given(OfferedToAlice)
            .When(Overflow("sales", "support", AfterMaxWait))
            .ThenRefused("being-offered");
    }

    [Fact]
    public void A_declined_offer_does_not_restart_the_wait_so_the_conversation_may_move_right_after()
    {
        Given(RejectedByAlice)
            .When(Overflow("sales", "support", AfterMaxWait))
            .Then(Moved("sales", "support", AfterMaxWait));
    }

    [Theory]
    [InlineData(nameof(Active))]
    [InlineData(nameof(Abandoned))]
    [InlineData(nameof(Resolved))]
    public void A_conversation_no_longer_waiting_never_moves(string history)
    {
        object[] events = history switch { nameof(Active) => Active, nameof(Abandoned) => Abandoned, _ => Resolved };

        Given(events)
            .When(Overflow("sales", "support", AfterMaxWait))
            .ThenRefused("not-waiting");
    }

    [Fact]
    public void A_repeated_or_stale_move_out_of_a_queue_it_already_left_changes_nothing()
    {
        Given(Started, Moved("sales", "support", AfterMaxWait))
            .When(Overflow("sales", "support", AfterMaxWait.AddSeconds(1)))
            .ThenNothing();
    }

    [Fact]
    public void Overflow_chains_into_a_third_queue_once_the_second_queue_has_been_waited_in_too()
    {
        var later = AfterMaxWait + MaxWait + TimeSpan.FromSeconds(1);

        var outcome = Given(Started, Moved("sales", "support", AfterMaxWait))
            .When(Overflow("support", "vip", later))
            .Then(Moved("support", "vip", later));

        Assert.Equal(["sales", "support"], outcome.State.PastQueueIds);
    }

    [Fact]
    public void The_wait_in_the_overflow_queue_counts_from_the_move_not_from_the_start()
    {
        Given(Started, Moved("sales", "support", AfterMaxWait))
            .When(Overflow("support", "vip", AfterMaxWait + MaxWait))
            .ThenRefused("within-max-wait");
    }

    [Fact]
    public void A_conversation_never_moves_back_into_a_queue_it_overflowed_from()
    {
        // Tried: support overflows back into sales, where the conversation waited first.
        Given(Started, Moved("sales", "support", AfterMaxWait))
            .When(Overflow("support", "sales", AfterMaxWait + MaxWait + TimeSpan.FromSeconds(1)))
            .ThenRefused("overflow-loop");
    }

    [Fact]
    public void A_queue_overflowing_into_itself_moves_nothing()
    {
        Given(Queued)
            .When(Overflow("sales", "sales", AfterMaxWait))
            .ThenRefused("overflow-loop");
    }

    [Fact]
    public void The_history_shows_the_new_queue_and_the_new_queue_time()
    {
        var history = new ConversationEvent[] { Started, Moved("sales", "support", AfterMaxWait) }
            .Aggregate((ConversationHistory?)null, ConversationHistory.Evolve)!;

        Assert.Equal(("support", AfterMaxWait, T0, ConversationStatus.Queued), (history.QueueId, history.QueuedAt, history.StartedAt, history.Status));
        Assert.Equal(["sales"], history.PastQueueIds);
    }
}
