using ContactCenter.Domain.Conversations;

namespace ContactCenter.Domain.Tests.Conversations;

public sealed class ConversationHistoryStatusTests
{
    private static readonly Guid ConversationId = Guid.Parse("0193a1b2-0000-7000-8000-00000000c001");
    private static readonly Guid CustomerId = Guid.Parse("0193a1b2-0000-7000-8000-00000000c002");
    private static readonly Guid AgentId = Guid.Parse("0193a1b2-0000-7000-8000-00000000a001");
    private static readonly DateTimeOffset T0 = new(2025, 3, 4, 9, 0, 0, TimeSpan.Zero);
    private static readonly Author Customer = new(AuthorKind.Customer, CustomerId, "Jane Doe");
    private static readonly Author Agent = new(AuthorKind.Agent, AgentId, "Alice Martin");

    private static readonly ConversationStarted Started = new(ConversationId, CustomerId, "sales", "web-chat", T0);
    private static readonly ConversationAssigned Assigned = new(ConversationId, AgentId, "Alice Martin", Author.Automatic, T0.AddMinutes(1));
    private static readonly MessagePosted Question = new(ConversationId, Guid.NewGuid(), Customer, "Where is my order?", T0.AddMinutes(2));
    private static readonly ConversationPending Pending = new(ConversationId, Agent, T0.AddMinutes(3));
    private static readonly ConversationEnded Ended = new(ConversationId, Agent, T0.AddMinutes(4));

    private static ConversationHistory Fold(params object[] events) =>
        events.Cast<ConversationEvent>().Aggregate((ConversationHistory?)null, ConversationHistory.Evolve)!;

    private static MessagePosted Message(Author author, string text, DateTimeOffset at) => new(ConversationId, Guid.NewGuid(), author, text, at);

    [Fact]
    public void Pending_sets_the_status_and_the_last_activity()
    {
        var history = Fold(Started, Assigned, Question, Pending);

        Assert.Equal(ConversationStatus.Pending, history.Status);
        Assert.Equal(T0.AddMinutes(3), history.LastActivityAt);
        Assert.Equal(AgentId, history.AgentId);
    }

    [Fact]
    public void Customer_message_while_pending_makes_it_active_again()
    {
        var history = Fold(Started, Assigned, Question, Pending, Message(Customer, "Order 42", T0.AddMinutes(5)));

        Assert.Equal(ConversationStatus.Active, history.Status);
        Assert.Equal(2, history.MessageCount);
        Assert.Equal("Order 42", history.LastMessagePreview);
        Assert.Equal(T0.AddMinutes(5), history.LastActivityAt);
    }

    [Fact]
    public void Agent_message_while_pending_keeps_it_pending()
    {
        var history = Fold(Started, Assigned, Question, Pending, Message(Agent, "Are you there?", T0.AddMinutes(5)));

        Assert.Equal(ConversationStatus.Pending, history.Status);
        Assert.Equal(2, history.MessageCount);
        Assert.Equal(T0.AddMinutes(5), history.LastActivityAt);
    }

    [Fact]
    public void Customer_message_while_active_leaves_the_status_active()
    {
        var history = Fold(Started, Assigned, Question, Message(Customer, "Hello?", T0.AddMinutes(5)));

        Assert.Equal(ConversationStatus.Active, history.Status);
    }

    [Fact]
    public void Customer_message_while_queued_leaves_the_status_queued()
    {
        var history = Fold(Started, Question);

        Assert.Equal(ConversationStatus.Queued, history.Status);
        Assert.Equal(1, history.MessageCount);
    }

    [Fact]
    public void Ending_puts_it_in_wrap_up_at_the_time_of_the_end_without_resolving_it()
    {
        var history = Fold(Started, Assigned, Question, Ended);

        Assert.Equal(ConversationStatus.WrapUp, history.Status);
        Assert.Equal(T0.AddMinutes(4), history.LastActivityAt);
        Assert.Null(history.ResolvedAt);
        Assert.Equal(AgentId, history.AgentId);
        Assert.Equal("Alice Martin", history.AgentName);
    }

    [Fact]
    public void Resolving_after_the_end_resolves_it()
    {
        var history = Fold(Started, Assigned, Question, Ended, new ConversationResolved(ConversationId, Agent, T0.AddMinutes(6)));

        Assert.Equal(ConversationStatus.Resolved, history.Status);
        Assert.Equal(T0.AddMinutes(6), history.ResolvedAt);
    }

    [Fact]
    public void Customer_leaving_while_waiting_abandons_it()
    {
        var history = Fold(Started, Question, new CustomerLeft(ConversationId, CustomerId, true, T0.AddMinutes(7)));

        Assert.Equal(ConversationStatus.Abandoned, history.Status);
        Assert.Equal(T0.AddMinutes(7), history.LastActivityAt);
        Assert.Null(history.AgentId);
        Assert.Null(history.ResolvedAt);
    }

    [Fact]
    public void Customer_leaving_an_answered_conversation_puts_it_in_wrap_up()
    {
        var history = Fold(Started, Assigned, Question, new CustomerLeft(ConversationId, CustomerId, false, T0.AddMinutes(7)));

        Assert.Equal(ConversationStatus.WrapUp, history.Status);
        Assert.Equal(T0.AddMinutes(7), history.LastActivityAt);
        Assert.Equal(AgentId, history.AgentId);
        Assert.Null(history.ResolvedAt);
    }

    [Fact]
    public void Customer_leaving_a_pending_conversation_puts_it_in_wrap_up()
    {
        var history = Fold(Started, Assigned, Question, Pending, new CustomerLeft(ConversationId, CustomerId, false, T0.AddMinutes(7)));

        Assert.Equal(ConversationStatus.WrapUp, history.Status);
    }

    [Fact]
    public void Private_notes_are_not_counted_or_previewed()
    {
        var before = Fold(Started, Assigned, Question);

        var after = ConversationHistory.Evolve(before, new PrivateNotePosted(ConversationId, Guid.NewGuid(), Agent, "VIP", T0.AddMinutes(8)));

        Assert.Same(before, after);
    }

    [Fact]
    public void Read_receipts_change_nothing()
    {
        var before = Fold(Started, Assigned, Question);

        var after = ConversationHistory.Evolve(before, new MessagesRead(ConversationId, Agent, Question.MessageId, T0.AddMinutes(8)));

        Assert.Same(before, after);
    }

    [Fact]
    public void Status_events_before_a_start_are_ignored()
    {
        ConversationEvent[] early =
        [
            Pending,
            Ended,
            new CustomerLeft(ConversationId, CustomerId, true, T0),
            new PrivateNotePosted(ConversationId, Guid.NewGuid(), Agent, "VIP", T0),
            new MessagesRead(ConversationId, Agent, Question.MessageId, T0),
        ];

        Assert.All(early, e => Assert.Null(ConversationHistory.Evolve(null, e)));
    }
}
