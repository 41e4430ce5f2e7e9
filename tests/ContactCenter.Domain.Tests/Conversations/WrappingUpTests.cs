using ContactCenter.Domain.Conversations;
using static ContactCenter.Domain.Tests.Conversations.ConversationScenario;

namespace ContactCenter.Domain.Tests.Conversations;

/// <summary>Wrap-up: codes and notes during or after the chat, finished by the owner or by the queue's wrap-up time (docs/domain.md, "Wrap-up").</summary>
public sealed class WrappingUpTests
{
    private static readonly Guid WrapUpId = Guid.Parse("0193a1b2-0000-7000-8000-00000000b001");

    private static RecordWrapUp Record(Author by, string? code = "refund", string? note = "Refund sent", Guid? id = null) =>
        new(ConversationId, id ?? WrapUpId, code, code is null ? null : "Refund", note, by, Now);

    private static WrapUpRecorded Recorded(string? code = "refund", string? note = "Refund sent") =>
        new(ConversationId, WrapUpId, AgentId, code, code is null ? null : "Refund", note, Agent, Now);

    [Fact]
    public void The_owner_records_a_wrap_up_during_the_conversation_without_changing_its_status()
    {
        var state = Given(Active).When(Record(Agent)).Then(Recorded()).State;

        Assert.Equal(ConversationStatus.Active, state.Status);
    }

    [Fact]
    public void After_the_end_a_wrap_up_may_still_be_recorded_and_a_repeat_of_its_id_changes_nothing()
    {
        var state = Given(WrapUp).When(Record(Agent, code: null)).Then(Recorded(code: null)).State;

        Assert.Equal(ConversationStatus.WrapUp, state.Status);
        Given([.. WrapUp, Recorded()]).When(Record(Agent)).ThenNothing();
        Given(Resolved).When(Record(Agent, note: null)).Then(Recorded(note: null));
    }

    [Fact]
    public void A_wrap_up_needs_a_code_or_a_note_and_a_note_of_bounded_length()
    {
        Given(Active).When(Record(Agent, code: null, note: "  ")).ThenRefused("wrap-up-empty");
        Given(Active).When(Record(Agent, note: new string('x', Conversation.MaxWrapUpNoteLength + 1))).ThenRefused("wrap-up-note-too-long");
    }

    [Fact]
    public void Only_the_owner_wraps_up_and_a_chat_nobody_answered_has_nothing_to_wrap_up()
    {
        Given(Active).When(Record(OtherAgent)).ThenRefused("not-participant");
        Given(Queued).When(Record(Agent)).ThenRefused("not-answered");
        Given(Active).When(Record(Customer)).ThenRefused("not-participant");
    }

    [Fact]
    public void The_owner_finishes_the_wrap_up_after_the_end_and_the_conversation_closes()
    {
        var state = Given(WrapUp).When(new FinishWrapUp(ConversationId, Agent, Now))
            .Then(new WrapUpFinished(ConversationId, AgentId, "finished", Now)).State;

        Assert.Equal(ConversationStatus.Closed, state.Status);
        Assert.True(state.HasEnded);
    }

    [Fact]
    public void Finishing_before_the_end_is_refused_by_someone_else_too_and_after_the_close_changes_nothing()
    {
        Given(Active).When(new FinishWrapUp(ConversationId, Agent, Now)).ThenRefused("not-in-wrap-up");
        Given(WrapUp).When(new FinishWrapUp(ConversationId, OtherAgent, Now)).ThenRefused("not-participant");
        Given([.. WrapUp, new WrapUpFinished(ConversationId, AgentId, "finished", Now)]).When(new FinishWrapUp(ConversationId, Agent, Now)).ThenNothing();
        Given(Resolved).When(new FinishWrapUp(ConversationId, Agent, Now)).ThenNothing();
    }

    [Fact]
    public void The_router_ends_a_wrap_up_whose_time_ran_out_once_and_never_one_the_owner_finished()
    {
        var closed = Given(WrapUp).When(new ExpireWrapUp(ConversationId, Now))
            .Then(new WrapUpFinished(ConversationId, AgentId, "timed-out", Now)).State;

        Assert.Equal(ConversationStatus.Closed, closed.Status);
        Given([.. WrapUp, new WrapUpFinished(ConversationId, AgentId, "finished", Now)]).When(new ExpireWrapUp(ConversationId, Now)).ThenNothing();
        Given(Active).When(new ExpireWrapUp(ConversationId, Now)).ThenNothing();
        Given(Resolved).When(new ExpireWrapUp(ConversationId, Now)).ThenNothing();
    }

    [Fact]
    public void A_customer_leaving_an_answered_chat_starts_a_wrap_up_the_owner_can_finish()
    {
        var left = new CustomerLeft(ConversationId, CustomerId, false, T0.AddMinutes(4));

        Given([.. Active, left]).When(new FinishWrapUp(ConversationId, Agent, Now)).Then(new WrapUpFinished(ConversationId, AgentId, "finished", Now));
    }

    [Fact]
    public void A_closed_conversation_may_still_be_rated()
    {
        Given([.. WrapUp, new WrapUpFinished(ConversationId, AgentId, "timed-out", Now)]).When(new RateConversation(ConversationId, 5, null, Now))
            .Then(new ConversationRated(ConversationId, 5, null, Now));
    }
}
