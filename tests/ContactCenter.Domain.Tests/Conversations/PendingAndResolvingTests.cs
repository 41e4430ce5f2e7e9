using ContactCenter.Domain.Conversations;
using static ContactCenter.Domain.Tests.Conversations.ConversationScenario;

namespace ContactCenter.Domain.Tests.Conversations;

/// <summary>Pending and resolved: the statuses the owner sets.</summary>
public sealed class PendingAndResolvingTests
{
    public static TheoryData<object[]> WrapUpOrResolved => new() { WrapUp, Resolved };

    public static TheoryData<object[]> ActivePendingOrWrapUp => new() { Active, Pending, WrapUp };

    [Fact]
    public void Owner_can_set_an_active_conversation_pending()
    {
        var state = Given(Active)
            .When(new SetPending(ConversationId, Agent, Now))
            .Then(new ConversationPending(ConversationId, Agent, Now))
            .State;

        Assert.Equal(ConversationStatus.Pending, state.Status);
    }

    [Fact]
    public void Setting_pending_again_is_a_no_op()
    {
        Given(Pending)
            .When(new SetPending(ConversationId, Agent, Now))
            .ThenNothing();
    }

    [Fact]
    public void Another_agent_cannot_set_pending()
    {
        Given(Active)
            .When(new SetPending(ConversationId, OtherAgent, Now))
            .ThenRefused("not-participant");
    }

    [Fact]
    public void The_customer_cannot_set_pending()
    {
        Given(Active)
            .When(new SetPending(ConversationId, Customer, Now))
            .ThenRefused("not-participant");
    }

    [Fact]
    public void Nobody_can_set_pending_before_an_agent_took_the_conversation()
    {
        Given(Queued)
            .When(new SetPending(ConversationId, Agent, Now))
            .ThenRefused("not-answered");
    }

    [Theory]
    [MemberData(nameof(WrapUpOrResolved))]
    public void Owner_cannot_set_pending_after_the_end(object[] given)
    {
        Given(given)
            .When(new SetPending(ConversationId, Agent, Now))
            .ThenRefused("conversation-ended");
    }

    [Theory]
    [MemberData(nameof(ActivePendingOrWrapUp))]
    public void Owner_can_resolve_while_active_pending_or_in_wrap_up(object[] given)
    {
        var state = Given(given)
            .When(new ResolveConversation(ConversationId, Agent, Now))
            .Then(new ConversationResolved(ConversationId, Agent, Now))
            .State;

        Assert.Equal(ConversationStatus.Resolved, state.Status);
        Assert.True(state.HasEnded);
    }

    [Fact]
    public void Resolving_again_is_a_no_op()
    {
        Given(Resolved)
            .When(new ResolveConversation(ConversationId, Agent, Now))
            .ThenNothing();
    }

    [Fact]
    public void Another_agent_cannot_resolve()
    {
        Given(Active)
            .When(new ResolveConversation(ConversationId, OtherAgent, Now))
            .ThenRefused("not-participant");
    }

    [Fact]
    public void The_customer_cannot_resolve()
    {
        Given(Active)
            .When(new ResolveConversation(ConversationId, Customer, Now))
            .ThenRefused("not-participant");
    }

    [Fact]
    public void Nobody_can_resolve_a_conversation_no_agent_took()
    {
        Given(Queued)
            .When(new ResolveConversation(ConversationId, Agent, Now))
            .ThenRefused("not-answered");
    }

    [Fact]
    public void An_abandoned_conversation_cannot_be_resolved()
    {
        Given(Abandoned)
            .When(new ResolveConversation(ConversationId, Agent, Now))
            .ThenRefused();
    }
}
