using ContactCenter.Domain.Conversations;
using static ContactCenter.Domain.Tests.Conversations.ConversationScenario;

namespace ContactCenter.Domain.Tests.Conversations;

public sealed class MessagingTests
{
    private static PostMessage Post(Author author, string text = "Any news?") => new(ConversationId, MessageId, author, text, Now);

    private static MessagePosted Posted(Author author, string text = "Any news?") => new(ConversationId, MessageId, author, text, Now);

    public static TheoryData<object[]> Live => new() { Queued, Active, Pending };

    public static TheoryData<object[]> Ended => new() { WrapUp, Resolved, Abandoned };

    public static TheoryData<object[]> WrapUpOrResolved => new() { WrapUp, Resolved };

    [Theory]
    [MemberData(nameof(Live))]
    public void Customer_can_write_while_the_conversation_is_queued_active_or_pending(object[] given)
    {
        Given(given)
            .When(Post(Customer))
            .Then(Posted(Customer));
    }

    [Theory]
    [MemberData(nameof(Ended))]
    public void Customer_cannot_write_after_wrap_up_resolution_or_abandon(object[] given)
    {
        Given(given)
            .When(Post(Customer))
            .ThenRefused("conversation-ended");
    }

    [Fact]
    public void A_customer_other_than_the_conversations_is_refused_as_not_participant()
    {
        Given(Active)
            .When(Post(OtherCustomer))
            .ThenRefused("not-participant");
    }

    [Fact]
    public void Owner_can_write_while_active()
    {
        Given(Active)
            .When(Post(Agent, "Let me check."))
            .Then(Posted(Agent, "Let me check."));
    }

    [Fact]
    public void Owner_can_write_while_pending_and_the_conversation_stays_pending()
    {
        var outcome = Given(Pending)
            .When(Post(Agent, "Are you still there?"))
            .Then(Posted(Agent, "Are you still there?"));

        Assert.Equal(ConversationStatus.Pending, outcome.State.Status);
    }

    [Fact]
    public void Agent_cannot_write_before_anyone_took_the_conversation()
    {
        Given(Queued)
            .When(Post(Agent))
            .ThenRefused("not-answered");
    }

    [Fact]
    public void Agent_who_is_not_the_owner_cannot_write()
    {
        Given(Active)
            .When(Post(OtherAgent))
            .ThenRefused("not-participant");
    }

    [Theory]
    [MemberData(nameof(WrapUpOrResolved))]
    public void Owner_cannot_write_after_the_end_or_the_resolution(object[] given)
    {
        Given(given)
            .When(Post(Agent))
            .ThenRefused("conversation-ended");
    }

    [Fact]
    public void Agent_cannot_write_in_an_abandoned_conversation()
    {
        Given(Abandoned)
            .When(Post(Agent))
            .ThenRefused();
    }

    [Fact]
    public void Customer_message_while_pending_makes_the_conversation_active_again()
    {
        var state = Given(Pending)
            .When(Post(Customer, "Here is my order number"))
            .Then(Posted(Customer, "Here is my order number"))
            .State;

        Assert.Equal(ConversationStatus.Active, state.Status);
    }

    [Fact]
    public void A_posted_message_is_remembered_by_its_id()
    {
        var state = Given(Active).When(Post(Customer)).State;

        Assert.Contains(MessageId, state.PostIds);
        Assert.Contains(FirstMessageId, state.PostIds);
    }

    [Fact]
    public void Retried_message_id_is_a_no_op()
    {
        Given(Active)
            .When(new PostMessage(ConversationId, FirstMessageId, Customer, "Hi, my order is late", Now))
            .ThenNothing();
    }

    [Fact]
    public void Retried_message_id_with_other_text_is_still_a_no_op()
    {
        Given(Active)
            .When(new PostMessage(ConversationId, FirstMessageId, Customer, "Hi, my order is very late", Now))
            .ThenNothing();
    }

    [Fact]
    public void Retried_message_id_after_the_end_is_a_no_op_not_a_refusal()
    {
        Given(WrapUp)
            .When(new PostMessage(ConversationId, FirstMessageId, Customer, "Hi, my order is late", Now))
            .ThenNothing();
    }
}
