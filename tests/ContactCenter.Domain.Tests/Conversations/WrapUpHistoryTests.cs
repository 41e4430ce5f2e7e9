using ContactCenter.Domain.Conversations;
using static ContactCenter.Domain.Tests.Conversations.ConversationScenario;

namespace ContactCenter.Domain.Tests.Conversations;

/// <summary>What the history row keeps of a wrap-up: when it began (the router's clock for the seat) and the latest code.</summary>
public sealed class WrapUpHistoryTests
{
    private static ConversationHistory Row(params object[] events) =>
        events.Cast<ConversationEvent>().Aggregate((ConversationHistory?)null, ConversationHistory.Evolve)!;

    [Fact]
    public void The_wrap_up_begins_at_the_end_and_is_over_when_it_finishes()
    {
        var ended = Row(WrapUp);
        Assert.Equal((ConversationStatus.WrapUp, T0.AddMinutes(4)), (ended.Status, ended.WrapUpSince));

        var closed = Row([.. WrapUp, new WrapUpFinished(ConversationId, AgentId, "timed-out", Now)]);
        Assert.Equal((ConversationStatus.Closed, null, Now), (closed.Status, closed.WrapUpSince, closed.ResolvedAt));
    }

    [Fact]
    public void A_customer_leaving_an_answered_chat_starts_the_wrap_up_but_leaving_the_queue_does_not()
    {
        Assert.Equal(T0.AddMinutes(5), Row([.. Active, new CustomerLeft(ConversationId, CustomerId, false, T0.AddMinutes(5))]).WrapUpSince);
        Assert.Null(Row(Abandoned).WrapUpSince);
    }

    [Fact]
    public void The_row_shows_the_latest_code_and_a_resolve_ends_the_wrap_up()
    {
        var coded = Row([.. WrapUp, new WrapUpRecorded(ConversationId, Guid.NewGuid(), AgentId, "refund", "Refund", null, Agent, Now)]);
        Assert.Equal("refund", coded.WrapUpCodeId);

        var resolved = Row([.. WrapUp, new ConversationResolved(ConversationId, Agent, Now)]);
        Assert.Equal((ConversationStatus.Resolved, null), (resolved.Status, resolved.WrapUpSince));
    }
}
