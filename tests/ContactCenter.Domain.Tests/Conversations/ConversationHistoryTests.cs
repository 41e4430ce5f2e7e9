using ContactCenter.Domain.Conversations;

namespace ContactCenter.Domain.Tests.Conversations;

public sealed class ConversationHistoryTests
{
    private static readonly Guid ConversationId = Guid.Parse("0193a1b2-0000-7000-8000-00000000c001");
    private static readonly Guid CustomerId = Guid.Parse("0193a1b2-0000-7000-8000-00000000c002");
    private static readonly Guid AgentId = Guid.Parse("0193a1b2-0000-7000-8000-00000000a001");
    private static readonly DateTimeOffset T0 = new(2025, 3, 4, 9, 0, 0, TimeSpan.Zero);
    private static readonly Author Customer = new(AuthorKind.Customer, CustomerId, "Jane Doe");
    private static readonly Author Agent = new(AuthorKind.Agent, AgentId, "Alice Martin");

    private static readonly ConversationStarted Started = new(ConversationId, CustomerId, "sales", "web-chat", T0);

    private static ConversationHistory? Fold(params object[] events) =>
        events.Cast<ConversationEvent>().Aggregate((ConversationHistory?)null, ConversationHistory.Evolve);

    private static MessagePosted Message(string text, DateTimeOffset at, Author? author = null) =>
        new(ConversationId, Guid.NewGuid(), author ?? Customer, text, at);

    [Fact]
    public void Started_conversation_is_queued_with_its_ids_and_no_agent()
    {
        var history = Fold(Started);

        Assert.NotNull(history);
        Assert.Equal(ConversationId, history.Id);
        Assert.Equal(CustomerId, history.CustomerId);
        Assert.Equal("sales", history.QueueId);
        Assert.Equal("web-chat", history.ChannelId);
        Assert.Equal(ConversationStatus.Queued, history.Status);
        Assert.Equal(T0, history.StartedAt);
        Assert.Equal(T0, history.LastActivityAt);
        Assert.Null(history.AgentId);
        Assert.Null(history.AgentName);
        Assert.Equal(0, history.MessageCount);
        Assert.Equal("", history.LastMessagePreview);
        Assert.Null(history.ResolvedAt);
        Assert.Null(history.Rating);
    }

    [Fact]
    public void Full_life_cycle_gives_status_agent_messages_preview_times_and_rating()
    {
        var history = Fold(
            Started,
            new ConversationAssigned(ConversationId, AgentId, "Alice Martin", Author.Automatic, T0.AddSeconds(10)),
            Message("Hi, my order is late", T0.AddSeconds(20)),
            Message("Sorry to hear that, let me check.", T0.AddSeconds(30), Agent),
            new ConversationResolved(ConversationId, Agent, T0.AddMinutes(5)),
            new ConversationRated(ConversationId, 5, "Quick and kind", T0.AddMinutes(6)));

        Assert.NotNull(history);
        Assert.Equal(ConversationStatus.Resolved, history.Status);
        Assert.Equal(AgentId, history.AgentId);
        Assert.Equal("Alice Martin", history.AgentName);
        Assert.Equal(2, history.MessageCount);
        Assert.Equal("Sorry to hear that, let me check.", history.LastMessagePreview);
        Assert.Equal(T0, history.StartedAt);
        Assert.Equal(T0.AddMinutes(5), history.ResolvedAt);
        Assert.Equal(5, history.Rating);
    }

    [Fact]
    public void Assignment_makes_the_conversation_active_with_its_agent()
    {
        var history = Fold(
            Started,
            new ConversationAssigned(ConversationId, AgentId, "Alice Martin", Author.Automatic, T0.AddSeconds(10)));

        Assert.NotNull(history);
        Assert.Equal(ConversationStatus.Active, history.Status);
        Assert.Equal(AgentId, history.AgentId);
        Assert.Equal("Alice Martin", history.AgentName);
        Assert.Equal(T0.AddSeconds(10), history.LastActivityAt);
    }

    [Fact]
    public void Last_activity_follows_assignment_messages_and_resolution_but_not_rating()
    {
        var assigned = new ConversationAssigned(ConversationId, AgentId, "Alice Martin", Author.Automatic, T0.AddSeconds(10));
        var posted = Message("Hello", T0.AddSeconds(20));
        var resolved = new ConversationResolved(ConversationId, Agent, T0.AddMinutes(5));
        var rated = new ConversationRated(ConversationId, 4, null, T0.AddMinutes(9));

        Assert.Equal(T0.AddSeconds(10), Fold(Started, assigned)!.LastActivityAt);
        Assert.Equal(T0.AddSeconds(20), Fold(Started, assigned, posted)!.LastActivityAt);
        Assert.Equal(T0.AddMinutes(5), Fold(Started, assigned, posted, resolved)!.LastActivityAt);
        Assert.Equal(T0.AddMinutes(5), Fold(Started, assigned, posted, resolved, rated)!.LastActivityAt);
    }

    [Fact]
    public void Preview_of_a_message_of_exactly_preview_length_is_kept_whole()
    {
        var text = new string('x', ConversationHistory.PreviewLength);

        var history = Fold(Started, Message(text, T0.AddSeconds(1)));

        Assert.Equal(text, history!.LastMessagePreview);
    }

    [Fact]
    public void Preview_of_a_longer_message_is_cut_to_preview_length_ending_with_an_ellipsis()
    {
        var text = new string('a', ConversationHistory.PreviewLength - 1) + "bcdef";

        var preview = Fold(Started, Message(text, T0.AddSeconds(1)))!.LastMessagePreview;

        Assert.Equal(ConversationHistory.PreviewLength, preview.Length);
        Assert.Equal(new string('a', ConversationHistory.PreviewLength - 1) + "…", preview);
    }

    [Fact]
    public void Events_before_a_conversation_started_are_ignored()
    {
        var history = Fold(
            new ConversationAssigned(ConversationId, AgentId, "Alice Martin", Author.Automatic, T0),
            Message("Hello?", T0),
            new ConversationResolved(ConversationId, Agent, T0),
            new ConversationRated(ConversationId, 1, null, T0));

        Assert.Null(history);
    }

    [Fact]
    public void A_second_start_does_not_reset_the_history()
    {
        var before = Fold(Started, Message("Hello", T0.AddSeconds(1)));

        var after = ConversationHistory.Evolve(before, Started with { QueueId = "support", At = T0.AddHours(1) });

        Assert.Same(before, after);
    }
}
