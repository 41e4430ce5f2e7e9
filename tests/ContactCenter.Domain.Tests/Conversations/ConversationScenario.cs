using ContactCenter.Domain.Common;
using ContactCenter.Domain.Conversations;

namespace ContactCenter.Domain.Tests.Conversations;

/// <summary>
/// Given past events (folded with <see cref="Conversation.Evolve"/>), when a command, then the
/// events decided or the error code; plus the people and the histories the decider tests share.
/// </summary>
internal static class ConversationScenario
{
    public static readonly Guid ConversationId = Guid.Parse("0193a1b2-0000-7000-8000-00000000c001");
    public static readonly Guid CustomerId = Guid.Parse("0193a1b2-0000-7000-8000-00000000c002");
    public static readonly Guid AgentId = Guid.Parse("0193a1b2-0000-7000-8000-00000000a001");
    public static readonly Guid OtherAgentId = Guid.Parse("0193a1b2-0000-7000-8000-00000000a002");
    public static readonly Guid FirstMessageId = Guid.Parse("0193a1b2-0000-7000-8000-00000000d001");
    public static readonly Guid MessageId = Guid.Parse("0193a1b2-0000-7000-8000-00000000d002");
    public static readonly Guid NoteId = Guid.Parse("0193a1b2-0000-7000-8000-00000000e001");
    public static readonly DateTimeOffset T0 = new(2025, 3, 4, 9, 0, 0, TimeSpan.Zero);
    public static readonly DateTimeOffset Now = T0.AddMinutes(30);

    public static readonly Author Customer = new(AuthorKind.Customer, CustomerId, "Jane Doe");
    public static readonly Author OtherCustomer = new(AuthorKind.Customer, Guid.Parse("0193a1b2-0000-7000-8000-00000000c003"), "John Roe");
    public static readonly Author Agent = new(AuthorKind.Agent, AgentId, "Alice Martin");
    public static readonly Author OtherAgent = new(AuthorKind.Agent, OtherAgentId, "Bob Stone");

    public static readonly ConversationStarted Started = new(ConversationId, CustomerId, "sales", "web-chat", T0);
    public static readonly ConversationAssigned Assigned = new(ConversationId, AgentId, "Alice Martin", Author.Automatic, T0.AddMinutes(1));
    public static readonly MessagePosted FirstMessage = new(ConversationId, FirstMessageId, Customer, "Hi, my order is late", T0.AddMinutes(2));

    // The histories that lead to each status, by the events that lead there.
    public static object[] Queued => [Started];
    public static object[] Active => [Started, Assigned, FirstMessage];
    public static object[] Pending => [.. Active, new ConversationPending(ConversationId, Agent, T0.AddMinutes(3))];
    public static object[] WrapUp => [.. Active, new ConversationEnded(ConversationId, Agent, T0.AddMinutes(4))];
    public static object[] Resolved => [.. Active, new ConversationResolved(ConversationId, Agent, T0.AddMinutes(4))];
    public static object[] Abandoned => [Started, new CustomerLeft(ConversationId, CustomerId, true, T0.AddMinutes(4))];

    public static Given Given(params object[] events) => new(events);

    public static Conversation? Fold(IEnumerable<object> events) => events.Cast<ConversationEvent>().Aggregate((Conversation?)null, Conversation.Evolve);
}

internal sealed class Given(IReadOnlyList<object> events)
{
    public Outcome When(ConversationCommand command) => new(events, ConversationDecider.Decide(command, ConversationScenario.Fold(events)));
}

internal sealed class Outcome(IReadOnlyList<object> given, Decision decision)
{
    /// <summary>The state folded from the past events and the decided ones.</summary>
    public Conversation State => ConversationScenario.Fold([.. given, .. decision.Events])!;

    /// <summary>The decided events, to give a later step.</summary>
    public IReadOnlyList<object> Events => decision.Events;

    // Decision is a record, but its event list compares by reference: compare the events one by one.
    public Outcome Then(params object[] expected)
    {
        Assert.Null(decision.Error);
        Assert.Equal<object>(expected, decision.Events);
        return this;
    }

    public void ThenNothing()
    {
        Assert.Null(decision.Error);
        Assert.Empty(decision.Events);
    }

    public void ThenRefused(string code)
    {
        Assert.Empty(decision.Events);
        Assert.Equal(code, decision.Error?.Code);
    }

    /// <summary>Refused, whatever the reason given.</summary>
    public void ThenRefused()
    {
        Assert.Empty(decision.Events);
        Assert.NotNull(decision.Error);
    }
}
