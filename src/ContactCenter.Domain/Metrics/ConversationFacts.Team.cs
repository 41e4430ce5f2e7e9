namespace ContactCenter.Domain.Metrics;

// The team half of the facts: where the conversation is, its waits, handle segments and transfers,
// closed by the same steps as the wallboard's fold (Floor/LiveFloor.Conversations.cs), so today's
// team analytics and the wallboard agree on answered, abandoned, offered and handle time.
public sealed partial record ConversationFacts
{
    /// <summary>The queue it is in now (the last it entered).</summary>
    public string QueueId { get; init; } = "";

    public string ChannelId { get; init; } = "";

    /// <summary>The labels it carries now: a label filter asks for these.</summary>
    public string[] LabelIds { get; init; } = [];

    /// <summary>When its current wait began; null when no one is waiting for an agent.</summary>
    public DateTimeOffset? WaitingSince { get; init; }

    /// <summary>When the owner's current handle segment began, and the queue it counts in.</summary>
    public DateTimeOffset? HandlingSince { get; init; }

    public string? HandledInQueueId { get; init; }

    /// <summary>When it was resolved or abandoned; null while it is open (part of the backlog).</summary>
    public DateTimeOffset? SettledAt { get; init; }

    public QueueEntryFact[] Entries { get; init; } = [];
    public AnswerFact[] Answers { get; init; } = [];
    public AbandonFact[] Abandons { get; init; } = [];
    public HandleFact[] Handles { get; init; } = [];
    public TransferFact[] Transfers { get; init; } = [];

    // The wait ends with an agent: answered. Taking it again while active starts a new segment, as on the wallboard.
    private ConversationFacts Answered(Guid agent, DateTimeOffset at)
    {
        var answered = WaitingSince is { } since
            ? Credit(agent, at) with { Answers = [.. Answers, new AnswerFact(agent, QueueId, since, at)] }
            : this;
        return answered with { OwnerId = agent, HandlingSince = at, HandledInQueueId = QueueId, WaitingSince = null };
    }

    private ConversationFacts Abandoned(DateTimeOffset at)
    {
        var left = WaitingSince is { } since ? Touch(at) with { Abandons = [.. Abandons, new AbandonFact(QueueId, since, at)] } : this;
        return left.Settled(at);
    }

    // The owner's segment ends when they finish its wrap-up (resolve it) or hand it on.
    private ConversationFacts EndHandling(DateTimeOffset at) => this is { HandlingSince: { } since, HandledInQueueId: { } queue, OwnerId: { } owner }
        ? Credit(owner, at) with { Handles = [.. Handles, new HandleFact(owner, queue, since, at)], HandlingSince = null, HandledInQueueId = null }
        : this with { HandlingSince = null, HandledInQueueId = null };

    private ConversationFacts Settled(DateTimeOffset at) => this with { SettledAt = at, WaitingSince = null };

    private ConversationFacts TransferredToQueue(Conversations.ConversationTransferred e) =>
        (EndHandling(e.At).Credit(e.FromAgentId, e.At) with
        {
            OwnerId = null,
            Transfers = [.. Transfers, new TransferFact(e.FromAgentId, e.FromQueueId, e.ToQueueId, null, e.At)],
        }).Entered(e.ToQueueId, e.At);

    // To a named agent: the sender's segment ends and the receiver's begins at once, with no new wait.
    private ConversationFacts HandedOver(Conversations.TransferAccepted e) =>
        EndHandling(e.At).Credit(e.FromAgentId, e.At).Credit(e.ToAgentId, e.At) with
        {
            OwnerId = e.ToAgentId,
            QueueId = e.ToQueueId,
            HandlingSince = e.At,
            HandledInQueueId = e.ToQueueId,
            Transfers = [.. Transfers, new TransferFact(e.FromAgentId, e.FromQueueId, e.ToQueueId, e.ToAgentId, e.At)],
        };

    // The owner's segment ends; the guest who takes over starts theirs at once, or the conversation
    // waits in its queue again (a new entry, as the wallboard counts it).
    private ConversationFacts OwnerLeft(Conversations.ParticipantLeft e) => e.NewOwnerId is { } next
        ? EndHandling(e.At).Credit(next, e.At) with { OwnerId = next, HandlingSince = e.At, HandledInQueueId = QueueId }
        : (EndHandling(e.At) with { OwnerId = null }).Entered(QueueId, e.At);

    // A new wait in the new queue.
    private ConversationFacts Entered(string queueId, DateTimeOffset at) =>
        Touch(at) with { QueueId = queueId, WaitingSince = at, Entries = [.. Entries, new QueueEntryFact(queueId, at)] };

    private ConversationFacts Touch(DateTimeOffset at) => at > LastFactAt ? this with { LastFactAt = at } : this;
}
