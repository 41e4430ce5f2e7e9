using ContactCenter.Domain.Conversations;
using static ContactCenter.Domain.Tests.Conversations.ConversationScenario;

namespace ContactCenter.Domain.Tests.Conversations;

/// <summary>Handing an answered conversation to another queue (docs/domain.md, "Conversations": transfer).</summary>
public sealed class TransferringTests
{
    private static readonly Author Supervisor = new(AuthorKind.Agent, Guid.Parse("0193a1b2-0000-7000-8000-00000000a009"), "Sam Supervisor");

    private static TransferToQueue ToSupport(Author by, string? note = "Wants a refund", bool mayTransferAny = false) =>
        new(ConversationId, "support", note, by, Now, mayTransferAny);

    public static TheoryData<object[]> ActiveOrPending => new() { Active, Pending };

    public static TheoryData<object[]> Ended => new() { WrapUp, Resolved, Abandoned };

    [Theory]
    [MemberData(nameof(ActiveOrPending))]
    public void The_owner_hands_it_to_another_queue_where_it_waits_again_without_an_owner(object[] given)
    {
        var state = Given(given)
            .When(ToSupport(Agent))
            .Then(new ConversationTransferred(ConversationId, "sales", "support", AgentId, "Wants a refund", Agent, Now))
            .State;

        Assert.Equal(("support", ConversationStatus.Queued, null, Now), (state.QueueId, state.Status, state.AgentId, state.QueuedAt));
        // The one who handed it on is not offered it back.
        Assert.Contains(AgentId, state.DeclinedBy);
    }

    [Fact]
    public void A_supervisor_who_may_assign_any_conversation_transfers_one_they_do_not_own()
    {
        Given(Active)
            .When(ToSupport(Supervisor, mayTransferAny: true))
            .Then(new ConversationTransferred(ConversationId, "sales", "support", AgentId, "Wants a refund", Supervisor, Now));
    }

    [Fact]
    public void Another_agent_may_not_transfer_someone_elses_conversation() =>
        Given(Active).When(ToSupport(OtherAgent)).ThenRefused("not-participant");

    [Fact]
    public void A_waiting_conversation_has_no_one_to_hand_it_on() =>
        Given(Queued).When(ToSupport(Agent, mayTransferAny: true)).ThenRefused("not-answered");

    [Theory]
    [MemberData(nameof(Ended))]
    public void An_ended_conversation_is_not_transferred(object[] given) =>
        Given(given).When(ToSupport(Agent)).ThenRefused("conversation-ended");

    [Fact]
    public void The_queue_it_is_in_is_not_a_transfer() =>
        Given(Active).When(new TransferToQueue(ConversationId, "sales", null, Agent, Now)).ThenRefused("same-queue");

    [Fact]
    public void A_blank_note_is_no_note_and_a_long_one_is_refused()
    {
        Given(Active)
            .When(ToSupport(Agent, note: "   "))
            .Then(new ConversationTransferred(ConversationId, "sales", "support", AgentId, null, Agent, Now));
        Given(Active).When(ToSupport(Agent, note: new string('x', Conversation.MaxTransferNoteLength + 1))).ThenRefused("note-too-long");
    }

    [Fact]
    public void The_history_keeps_its_rank_but_counts_its_wait_again_from_the_transfer()
    {
        var transferred = new ConversationTransferred(ConversationId, "sales", "support", AgentId, "Wants a refund", Agent, Now);

        var history = new ConversationEvent[] { Started, Assigned, FirstMessage, transferred }
            .Aggregate((ConversationHistory?)null, ConversationHistory.Evolve)!;

        Assert.Equal(("support", ConversationStatus.Queued, Now, T0, 1), (history.QueueId, history.Status, history.QueuedAt, history.RankedAt, history.Transfers));
        Assert.Equal((null, null, null), (history.AgentId, history.AgentName, history.AnsweredAt));
        Assert.Contains(AgentId, history.DeclinedBy);
    }
}
