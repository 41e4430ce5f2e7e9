using ContactCenter.Domain.Conversations;
using static ContactCenter.Domain.Tests.Conversations.ConversationScenario;

namespace ContactCenter.Domain.Tests.Conversations;

public sealed class EndingTests
{
    private static readonly EndConversation OwnerEnds = new(ConversationId, Agent, Now);

    private static readonly LeaveAsCustomer CustomerLeaves = new(ConversationId, Now);

    public static TheoryData<object[]> ActiveOrPending => new() { Active, Pending };

    public static TheoryData<object[]> Ended => new() { WrapUp, Resolved, Abandoned };

    public static TheoryData<object[]> WrapUpOrResolved => new() { WrapUp, Resolved };

    [Theory]
    [MemberData(nameof(ActiveOrPending))]
    public void Owner_can_end_an_active_or_pending_conversation_into_wrap_up(object[] given)
    {
        var state = Given(given)
            .When(OwnerEnds)
            .Then(new ConversationEnded(ConversationId, Agent, Now))
            .State;

        Assert.Equal(ConversationStatus.WrapUp, state.Status);
        Assert.True(state.HasEnded);
    }

    [Theory]
    [MemberData(nameof(WrapUpOrResolved))]
    public void Ending_an_ended_or_resolved_conversation_is_a_no_op(object[] given)
    {
        Given(given)
            .When(OwnerEnds)
            .ThenNothing();
    }

    [Fact]
    public void Another_agent_cannot_end_the_conversation()
    {
        Given(Active)
            .When(new EndConversation(ConversationId, OtherAgent, Now))
            .ThenRefused("not-participant");
    }

    [Theory]
    [MemberData(nameof(ActiveOrPending))]
    public void A_supervisor_from_the_subscribed_list_ends_an_answered_conversation_without_joining(object[] given)
    {
        var state = Given(given)
            .When(new EndConversation(ConversationId, OtherAgent, Now, MayEndAnyActive: true))
            .Then(new ConversationEnded(ConversationId, OtherAgent, Now))
            .State;

        Assert.Equal((ConversationStatus.WrapUp, AgentId), (state.Status, state.AgentId));
    }

    [Fact]
    public void A_supervisor_ending_an_ended_conversation_changes_nothing()
    {
        Given(WrapUp).When(new EndConversation(ConversationId, OtherAgent, Now, MayEndAnyActive: true)).ThenNothing();
    }

    [Fact]
    public void A_supervisor_cannot_end_a_conversation_no_agent_took()
    {
        // Waiting chats are not in anyone's hands yet: there is nothing to end for them.
        Given(Queued).When(new EndConversation(ConversationId, OtherAgent, Now, MayEndAnyActive: true)).ThenRefused("not-answered");
    }

    [Fact]
    public void The_right_to_end_any_conversation_is_not_the_customers()
    {
        Given(Active).When(new EndConversation(ConversationId, Customer, Now, MayEndAnyActive: true)).ThenRefused("not-participant");
    }

    [Fact]
    public void The_customer_cannot_end_it_as_an_agent_would()
    {
        Given(Active)
            .When(new EndConversation(ConversationId, Customer, Now))
            .ThenRefused("not-participant");
    }

    [Fact]
    public void Nobody_can_end_a_conversation_no_agent_took()
    {
        Given(Queued)
            .When(OwnerEnds)
            .ThenRefused("not-answered");
    }

    [Fact]
    public void Customer_leaving_while_queued_abandons_the_conversation()
    {
        var state = Given(Queued)
            .When(CustomerLeaves)
            .Then(new CustomerLeft(ConversationId, CustomerId, true, Now))
            .State;

        Assert.Equal(ConversationStatus.Abandoned, state.Status);
        Assert.True(state.HasEnded);
    }

    [Theory]
    [MemberData(nameof(ActiveOrPending))]
    public void Customer_leaving_an_answered_conversation_puts_it_in_wrap_up(object[] given)
    {
        var state = Given(given)
            .When(CustomerLeaves)
            .Then(new CustomerLeft(ConversationId, CustomerId, false, Now))
            .State;

        Assert.Equal(ConversationStatus.WrapUp, state.Status);
        Assert.Equal(AgentId, state.AgentId);
    }

    [Theory]
    [MemberData(nameof(Ended))]
    public void Customer_leaving_after_the_end_is_a_no_op(object[] given)
    {
        Given(given)
            .When(CustomerLeaves)
            .ThenNothing();
    }

    [Fact]
    public void Customer_leaving_twice_is_a_no_op()
    {
        Given([.. Active, new CustomerLeft(ConversationId, CustomerId, false, T0.AddMinutes(5))])
            .When(CustomerLeaves)
            .ThenNothing();
    }

    [Fact]
    public void Two_supervisors_end_the_same_chat_the_first_wins_and_the_second_is_told_who_did()
    {
        var sam = new Author(AuthorKind.Agent, Guid.Parse("0193a1b2-0000-7000-8000-00000000a009"), "Sam Supervisor");
        var ended = Given(Active).When(new EndConversation(ConversationId, sam, Now, MayEndAnyActive: true))
            .Then(new ConversationEnded(ConversationId, sam, Now));

        Given([.. Active, .. ended.Events]).When(new EndConversation(ConversationId, OtherAgent, Now.AddSeconds(1), MayEndAnyActive: true)).ThenRefused("already-ended");
        // The same supervisor's retry, and the owner's end after it, change nothing.
        Given([.. Active, .. ended.Events]).When(new EndConversation(ConversationId, sam, Now.AddSeconds(1), MayEndAnyActive: true)).ThenNothing();
        Given([.. Active, .. ended.Events]).When(new EndConversation(ConversationId, Agent, Now.AddSeconds(1))).ThenNothing();
    }
}
