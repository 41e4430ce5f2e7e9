using ContactCenter.Domain.Conversations;
using static ContactCenter.Domain.Tests.Conversations.ConversationScenario;

namespace ContactCenter.Domain.Tests.Conversations;

public sealed class AssigningTests
{
    private static AssignConversation Assign(Guid agentId, string agentName, Author by) => new(ConversationId, agentId, agentName, by, Now);

    private static readonly AssignConversation AliceTakesIt = Assign(AgentId, "Alice Martin", Agent);

    [Fact]
    public void Agent_can_take_a_queued_conversation()
    {
        Given(Queued)
            .When(AliceTakesIt)
            .Then(new ConversationAssigned(ConversationId, AgentId, "Alice Martin", Agent, Now));
    }

    [Fact]
    public void The_system_can_assign_a_queued_conversation_to_an_agent()
    {
        Given(Queued)
            .When(Assign(AgentId, "Alice Martin", Author.Automatic))
            .Then(new ConversationAssigned(ConversationId, AgentId, "Alice Martin", Author.Automatic, Now));
    }

    [Fact]
    public void A_taken_conversation_is_active_and_owned_by_the_agent()
    {
        var state = Given(Queued).When(AliceTakesIt).State;

        Assert.Equal(ConversationStatus.Active, state.Status);
        Assert.Equal(AgentId, state.AgentId);
    }

    [Fact]
    public void Same_agent_taking_an_active_conversation_again_is_a_no_op()
    {
        Given(Active)
            .When(AliceTakesIt)
            .ThenNothing();
    }

    [Fact]
    public void Another_agent_cannot_take_an_active_conversation()
    {
        Given(Active)
            .When(Assign(OtherAgentId, "Bob Stone", OtherAgent))
            .ThenRefused("already-assigned");
    }

    [Fact]
    public void Another_agent_cannot_take_a_pending_conversation()
    {
        Given(Pending)
            .When(Assign(OtherAgentId, "Bob Stone", OtherAgent))
            .ThenRefused("already-assigned");
    }

    public static TheoryData<object[]> Ended => new() { WrapUp, Resolved, Abandoned };

    [Theory]
    [MemberData(nameof(Ended))]
    public void Nobody_can_take_a_conversation_after_its_end(object[] given)
    {
        Given(given)
            .When(Assign(OtherAgentId, "Bob Stone", OtherAgent))
            .ThenRefused("conversation-ended");
    }

    [Theory]
    [MemberData(nameof(Ended))]
    public void The_owner_cannot_take_it_again_after_its_end(object[] given)
    {
        Given(given)
            .When(AliceTakesIt)
            .ThenRefused("conversation-ended");
    }
}
