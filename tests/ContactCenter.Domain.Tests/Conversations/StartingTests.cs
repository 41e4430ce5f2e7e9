using ContactCenter.Domain.Conversations;
using static ContactCenter.Domain.Tests.Conversations.ConversationScenario;

namespace ContactCenter.Domain.Tests.Conversations;

public sealed class StartingTests
{
    private static readonly StartConversation Start = new(ConversationId, CustomerId, "sales", "web-chat", T0);

    [Fact]
    public void Starting_a_new_conversation_records_its_customer_queue_channel_and_time()
    {
        Given()
            .When(Start)
            .Then(new ConversationStarted(ConversationId, CustomerId, "sales", "web-chat", T0));
    }

    [Fact]
    public void A_started_conversation_is_queued_for_its_customer_without_an_agent()
    {
        var state = Given().When(Start).State;

        Assert.Equal(ConversationStatus.Queued, state.Status);
        Assert.Equal(CustomerId, state.CustomerId);
        Assert.Equal("sales", state.QueueId);
        Assert.Null(state.AgentId);
        Assert.False(state.Rated);
        Assert.Empty(state.PostIds);
    }

    [Fact]
    public void Starting_a_conversation_twice_is_refused()
    {
        Given(Started)
            .When(Start with { Now = T0.AddMinutes(1) })
            .ThenRefused("already-started");
    }

    [Fact]
    public void Starting_an_ended_conversation_again_is_refused()
    {
        Given(WrapUp)
            .When(Start with { Now = Now })
            .ThenRefused("already-started");
    }

    public static TheoryData<ConversationCommand> CommandsOtherThanStart => new()
    {
        new PostMessage(ConversationId, MessageId, Customer, "Hello?", Now),
        new PostPrivateNote(ConversationId, NoteId, Agent, "VIP customer", Now),
        new AssignConversation(ConversationId, AgentId, "Alice Martin", Author.Automatic, Now),
        new SetPending(ConversationId, Agent, Now),
        new ResolveConversation(ConversationId, Agent, Now),
        new EndConversation(ConversationId, Agent, Now),
        new LeaveAsCustomer(ConversationId, Now),
        new RateConversation(ConversationId, 5, null, Now),
        new MarkRead(ConversationId, Customer, FirstMessageId, Now),
    };

    [Theory]
    [MemberData(nameof(CommandsOtherThanStart))]
    public void Any_other_command_before_the_start_is_refused_as_not_found(ConversationCommand command)
    {
        Given()
            .When(command)
            .ThenRefused("not-found");
    }

    [Fact]
    public void Events_before_a_start_fold_to_no_conversation()
    {
        Assert.Null(Fold([Assigned, FirstMessage]));
    }
}
