using ContactCenter.Domain.Conversations;
using ContactCenter.Domain.Metrics;

namespace ContactCenter.Domain.Tests.Metrics;

/// <summary>People, times and periods the metric tests share; a <see cref="Chat"/> writes one conversation's events.</summary>
internal static class MetricsScenario
{
    public static readonly Guid Alice = Guid.Parse("0193a1b2-0000-7000-8000-00000000a001");
    public static readonly Guid Bob = Guid.Parse("0193a1b2-0000-7000-8000-00000000a002");
    public static readonly Guid Sam = Guid.Parse("0193a1b2-0000-7000-8000-00000000a003");
    public static readonly Guid CustomerId = Guid.Parse("0193a1b2-0000-7000-8000-00000000c002");

    /// <summary>09:00 UTC on a day far from any daylight saving change.</summary>
    public static readonly DateTimeOffset T0 = new(2025, 3, 4, 9, 0, 0, TimeSpan.Zero);

    /// <summary>The whole UTC day of <see cref="T0"/>.</summary>
    public static readonly MetricPeriod Day = new(new(2025, 3, 4, 0, 0, 0, TimeSpan.Zero), new(2025, 3, 5, 0, 0, 0, TimeSpan.Zero));

    public static readonly MetricPeriod NextDay = new(Day.To, Day.To.AddDays(1));

    public static Author Agent(Guid id) => new(AuthorKind.Agent, id, id == Sam ? "Sam Supervisor" : "Agent " + id.ToString()[^1]);

    public static DateTimeOffset At(int minutes, int seconds = 0) => T0.AddMinutes(minutes).AddSeconds(seconds);

    public static AgentFigures Figures(Guid agent, MetricPeriod period, params Chat[] chats) =>
        AgentMetrics.Compute(chats.Select(c => c.Facts), agent, period);
}

/// <summary>Given the events of one conversation, in order; <see cref="Facts"/> folds them as the projection does.</summary>
internal sealed class Chat
{
    private readonly List<object> _events = [];

    public Chat(DateTimeOffset createdAt) =>
        _events.Add(new ConversationStarted(Id, MetricsScenario.CustomerId, "support", "web-chat", createdAt));

    public Guid Id { get; } = Guid.CreateVersion7();

    public ConversationFacts Facts => _events.Cast<ConversationEvent>().Aggregate((ConversationFacts?)null, ConversationFacts.Evolve)!;

    public Chat Taken(Guid agent, DateTimeOffset at) => With(new ConversationAssigned(Id, agent, "Agent", Author.Automatic, at));

    public Chat Accepted(Guid agent, DateTimeOffset at) => With(new OfferAccepted(Id, agent, "Agent", Guid.NewGuid(), at));

    public Chat Customer(DateTimeOffset at) =>
        With(new MessagePosted(Id, Guid.NewGuid(), new Author(AuthorKind.Customer, MetricsScenario.CustomerId, "Jane"), "Hello?", at));

    public Chat Reply(Guid agent, DateTimeOffset at) => With(new MessagePosted(Id, Guid.NewGuid(), MetricsScenario.Agent(agent), "Hi!", at));

    public Chat SystemMessage(DateTimeOffset at) => With(new MessagePosted(Id, Guid.NewGuid(), Author.Automatic, "Jane joined.", at));

    public Chat Note(Guid agent, DateTimeOffset at) => With(new PrivateNotePosted(Id, Guid.NewGuid(), MetricsScenario.Agent(agent), "VIP", at));

    public Chat Resolved(Guid by, DateTimeOffset at) => With(new ConversationResolved(Id, MetricsScenario.Agent(by), at));

    public Chat Ended(Guid by, DateTimeOffset at) => With(new ConversationEnded(Id, MetricsScenario.Agent(by), at));

    public Chat Left(DateTimeOffset at, bool whileWaiting) => With(new CustomerLeft(Id, MetricsScenario.CustomerId, whileWaiting, at));

    public Chat Rated(int rating, DateTimeOffset at) => With(new ConversationRated(Id, rating, null, at));

    public Chat WrapUpFinished(Guid owner, DateTimeOffset at, string reason = "finished") => With(new WrapUpFinished(Id, owner, reason, at));

    private Chat With(object e)
    {
        _events.Add(e);
        return this;
    }
}
