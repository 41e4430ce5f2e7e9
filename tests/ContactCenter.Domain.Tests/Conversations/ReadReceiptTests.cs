using ContactCenter.Domain.Conversations;
using static ContactCenter.Domain.Tests.Conversations.ConversationScenario;

namespace ContactCenter.Domain.Tests.Conversations;

public sealed class ReadReceiptTests
{
    private static readonly MessagePosted Reply = new(ConversationId, MessageId, Agent, "Let me check.", T0.AddMinutes(3));

    [Fact]
    public void Agent_can_mark_the_conversation_read_up_to_a_customer_message()
    {
        Given(Active)
            .When(new MarkRead(ConversationId, Agent, FirstMessageId, Now))
            .Then(new MessagesRead(ConversationId, Agent, FirstMessageId, Now));
    }

    [Fact]
    public void Customer_can_mark_the_conversation_read_up_to_an_agent_message()
    {
        Given([.. Active, Reply])
            .When(new MarkRead(ConversationId, Customer, MessageId, Now))
            .Then(new MessagesRead(ConversationId, Customer, MessageId, Now));
    }

    [Fact]
    public void Marking_read_up_to_an_unknown_message_is_refused()
    {
        Given(Active)
            .When(new MarkRead(ConversationId, Agent, MessageId, Now))
            .ThenRefused("unknown-message");
    }

    [Fact]
    public void Marking_read_before_any_message_is_refused()
    {
        Given(Queued)
            .When(new MarkRead(ConversationId, Customer, FirstMessageId, Now))
            .ThenRefused("unknown-message");
    }

    [Fact]
    public void Messages_can_still_be_marked_read_after_the_end()
    {
        Given(WrapUp)
            .When(new MarkRead(ConversationId, Agent, FirstMessageId, Now))
            .Then(new MessagesRead(ConversationId, Agent, FirstMessageId, Now));
    }

    [Fact]
    public void Marking_read_leaves_the_state_as_it_is()
    {
        var before = Fold(Pending)!;

        var after = Given(Pending).When(new MarkRead(ConversationId, Agent, FirstMessageId, Now)).State;

        Assert.True(before.PostIds.SetEquals(after.PostIds));
        Assert.True(before.MessageIds.SetEquals(after.MessageIds));
        Assert.Equal(before with { PostIds = after.PostIds, MessageIds = after.MessageIds }, after);
    }
}
