using ContactCenter.Domain.Common;
using ContactCenter.Domain.Conversations;

namespace ContactCenter.Domain.Metrics;

/// <summary>An agent's message that ended a run of customer messages: one response, timed from the run's first message.</summary>
public sealed record ResponseFact(Guid AgentId, DateTimeOffset RunStartedAt, DateTimeOffset At)
{
    public TimeSpan Duration => At - RunStartedAt;

    /// <summary>The queue the conversation was in then: what a team's queue filter asks.</summary>
    public string? QueueId { get; init; }
}

/// <summary>A resolution, credited to <paramref name="AgentId"/> (the owner at that time).</summary>
public sealed record ResolutionFact(Guid AgentId, DateTimeOffset At)
{
    public string? QueueId { get; init; }
}

/// <summary>A customer's rating, credited to the owner of the conversation when it ended.</summary>
public sealed record RatingFact(Guid AgentId, int Rating, DateTimeOffset At)
{
    public string? QueueId { get; init; }
}

/// <summary>
/// The few facts of one conversation that the personal and team metrics need, folded from its
/// events, so that figures for a period come from small rows instead of replaying streams. Arrays,
/// not sets: they must round-trip through the document store. The team half (queues, waits,
/// handle segments, transfers) is in ConversationFacts.Team.cs.
/// </summary>
public sealed partial record ConversationFacts
{
    public Guid Id { get; init; }
    public DateTimeOffset CreatedAt { get; init; }

    /// <summary>The agent who owns the conversation now (taken or accepted last).</summary>
    public Guid? OwnerId { get; init; }

    /// <summary>The owner when the conversation last ended (ended, resolved or left by the customer).</summary>
    public Guid? OwnerAtEnd { get; init; }

    /// <summary>When it last ended, while no resolution followed: a wrap-up finishing then resolves it (the status closed).</summary>
    public DateTimeOffset? UnresolvedEndAt { get; init; }

    /// <summary>The first message of the customer run still waiting for an agent's reply.</summary>
    public DateTimeOffset? OpenRunStartedAt { get; init; }

    /// <summary>In order; the first is the first response (the first run starts at the customer's first message).</summary>
    public ResponseFact[] Responses { get; init; } = [];

    public ResolutionFact[] Resolutions { get; init; } = [];
    public RatingFact? Rating { get; init; }

    /// <summary>Every agent credited with a fact here: what reads filter on.</summary>
    public Guid[] AgentIds { get; init; } = [];

    /// <summary>The time of the latest fact: a conversation matters to a period only if this falls at or after its start.</summary>
    public DateTimeOffset LastFactAt { get; init; }

    public ResponseFact? FirstResponse => Responses.Length > 0 ? Responses[0] : null;

    // Not named Apply/Create: Marten would take those for conventional projection methods.
    /// <summary>The whole fold: events without a bearing on the metrics leave the facts as they are.</summary>
    public static ConversationFacts? Evolve(ConversationFacts? state, ConversationEvent @event) => (state, @event) switch
    {
        (null, ConversationStarted e) => new ConversationFacts
        {
            Id = e.ConversationId,
            CreatedAt = e.At,
            LastFactAt = e.At,
            QueueId = e.QueueId,
            ChannelId = e.ChannelId,
            WaitingSince = e.At,
            Entries = [new QueueEntryFact(e.QueueId, e.At)],
        },
        ({ } s, ConversationAssigned e) => s.Answered(e.AgentId, e.At),
        ({ } s, OfferAccepted e) => s.Answered(e.AgentId, e.At),
        ({ } s, MessagePosted e) => s.On(e),
        ({ } s, ConversationResolved e) => s.EndHandling(e.At).Ended().Resolved(s.OwnerId ?? AgentOf(e.By), e.At),
        // The owner ending it is wrap-up, not a resolution; staff ending someone else's
        // conversation (a supervisor from the subscribed list) resolves it for the owner.
        ({ } s, ConversationEnded e) => AgentOf(e.By) is { } by && by != s.OwnerId ? s.Ended().Resolved(s.OwnerId, e.At) : s.Ended() with { UnresolvedEndAt = e.At },
        ({ } s, CustomerLeft e) => e.WhileWaiting ? s.Abandoned(e.At) : s.Ended() with { UnresolvedEndAt = e.At },
        // A finished wrap-up ends the owner's segment and closes the conversation: its resolution,
        // unless one came with the end already (a supervisor's). It comes only in wrap-up.
        ({ } s, WrapUpFinished e) when s.UnresolvedEndAt is not null => s.EndHandling(e.At).Resolved(s.OwnerAtEnd ?? e.AgentId, e.At),
        ({ } s, WrapUpFinished e) => s.EndHandling(e.At),
        ({ } s, ConversationRated e) when (s.OwnerAtEnd ?? s.OwnerId) is { } owner =>
            s.Credit(owner, e.At) with { Rating = new RatingFact(owner, e.Rating, e.At) { QueueId = s.QueueId } },
        ({ } s, ConversationRated) => s,
        // No one owns it while it waits in the new queue: a response or resolution then is nobody's.
        ({ } s, ConversationTransferred e) => s.TransferredToQueue(e),
        // The agent who accepted a transfer owns what follows: responses, resolution and rating.
        ({ } s, TransferAccepted e) => s.HandedOver(e),
        // The owner who leaves a conference hands on what follows, to a guest or back to the queue.
        ({ } s, ParticipantLeft { WasOwner: true } e) => s.OwnerLeft(e),
        ({ } s, ParticipantLeft) => s,
        ({ } s, ConversationMovedToQueue e) => s.Entered(e.ToQueueId, e.At),
        ({ } s, ConversationLabeled e) => s.LabelIds.Contains(e.LabelId) ? s : s with { LabelIds = [.. s.LabelIds, e.LabelId] },
        ({ } s, ConversationUnlabeled e) => s.LabelIds.Contains(e.LabelId) ? s with { LabelIds = [.. s.LabelIds.Where(l => l != e.LabelId)] } : s,
        (null, _) => null,
        // A guest's handle segment is not counted yet (docs/domain.md, "Figures"), as on the wallboard.
        ({ } s, ConversationStarted or PrivateNotePosted or ConversationPending or MessagesRead or ConversationOffered or OfferDeclined
            or ConversationLinkedToCustomer or TransferOffered or TransferDeclined or WrapUpRecorded or ConferenceInvited or ConferenceJoined
            or ConferenceDeclined) => s,
        _ => throw Unhandled.Case(@event),
    };

    private ConversationFacts On(MessagePosted e) => e.Author switch
    {
        { Kind: AuthorKind.Customer } => OpenRunStartedAt is null ? this with { OpenRunStartedAt = e.At } : this,
        { Kind: AuthorKind.Agent, Id: { } agent } when OpenRunStartedAt is { } runStart =>
            Credit(agent, e.At) with { Responses = [.. Responses, new ResponseFact(agent, runStart, e.At) { QueueId = QueueId }], OpenRunStartedAt = null },
        // System messages are neither the customer's nor an agent's; an agent speaking first answers no one.
        _ => this,
    };

    private ConversationFacts Ended() => this with { OwnerAtEnd = OwnerId };

    private ConversationFacts Resolved(Guid? agent, DateTimeOffset at) => agent is { } credited
        ? Credit(credited, at).Settled(at) with { Resolutions = [.. Resolutions, new ResolutionFact(credited, at) { QueueId = QueueId }], UnresolvedEndAt = null }
        : Settled(at) with { UnresolvedEndAt = null };

    private ConversationFacts Credit(Guid agent, DateTimeOffset at) => this with
    {
        AgentIds = AgentIds.Contains(agent) ? AgentIds : [.. AgentIds, agent],
        LastFactAt = at > LastFactAt ? at : LastFactAt,
    };

    private static Guid? AgentOf(Author author) => author is { Kind: AuthorKind.Agent, Id: { } id } ? id : null;
}
