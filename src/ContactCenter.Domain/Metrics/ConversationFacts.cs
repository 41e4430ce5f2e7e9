using ContactCenter.Domain.Common;
using ContactCenter.Domain.Conversations;

namespace ContactCenter.Domain.Metrics;

/// <summary>An agent's message that ended a run of customer messages: one response, timed from the run's first message.</summary>
public sealed record ResponseFact(Guid AgentId, DateTimeOffset RunStartedAt, DateTimeOffset At)
{
    public TimeSpan Duration => At - RunStartedAt;
}

/// <summary>A resolution, credited to <paramref name="AgentId"/> (the owner at that time).</summary>
public sealed record ResolutionFact(Guid AgentId, DateTimeOffset At);

/// <summary>A customer's rating, credited to the owner of the conversation when it ended.</summary>
public sealed record RatingFact(Guid AgentId, int Rating, DateTimeOffset At);

/// <summary>
/// The few facts of one conversation that the personal metrics need, folded from its events, so
/// that figures for a period come from small rows instead of replaying streams. Arrays, not sets:
/// they must round-trip through the document store.
/// </summary>
public sealed record ConversationFacts
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
        (null, ConversationStarted e) => new ConversationFacts { Id = e.ConversationId, CreatedAt = e.At, LastFactAt = e.At },
        ({ } s, ConversationAssigned e) => s with { OwnerId = e.AgentId },
        ({ } s, OfferAccepted e) => s with { OwnerId = e.AgentId },
        ({ } s, MessagePosted e) => s.On(e),
        ({ } s, ConversationResolved e) => s.Ended().Resolved(s.OwnerId ?? AgentOf(e.By), e.At),
        // The owner ending it is wrap-up, not a resolution; staff ending someone else's
        // conversation (a supervisor from the subscribed list) resolves it for the owner.
        ({ } s, ConversationEnded e) => AgentOf(e.By) is { } by && by != s.OwnerId ? s.Ended().Resolved(s.OwnerId, e.At) : s.Ended() with { UnresolvedEndAt = e.At },
        ({ } s, CustomerLeft e) => e.WhileWaiting ? s : s.Ended() with { UnresolvedEndAt = e.At },
        // A finished wrap-up closes the conversation: its resolution, unless one came after the end already.
        ({ } s, WrapUpFinished e) when s.UnresolvedEndAt is not null => s.Resolved(s.OwnerAtEnd ?? e.AgentId, e.At),
        ({ } s, WrapUpFinished) => s,
        ({ } s, ConversationRated e) when (s.OwnerAtEnd ?? s.OwnerId) is { } owner =>
            s.Credit(owner, e.At) with { Rating = new RatingFact(owner, e.Rating, e.At) },
        ({ } s, ConversationRated) => s,
        // No one owns it while it waits in the new queue: a response or resolution then is nobody's.
        ({ } s, ConversationTransferred) => s with { OwnerId = null },
        // The agent who accepted a transfer owns what follows: responses, resolution and rating.
        ({ } s, TransferAccepted e) => s with { OwnerId = e.ToAgentId },
        // The owner who leaves a conference hands on what follows, to a guest or to nobody while it waits.
        ({ } s, ParticipantLeft { WasOwner: true } e) => s with { OwnerId = e.NewOwnerId },
        ({ } s, ParticipantLeft) => s,
        (null, _) => null,
        ({ } s, ConversationStarted or PrivateNotePosted or ConversationPending or MessagesRead or ConversationOffered or OfferDeclined
            or ConversationLabeled or ConversationUnlabeled or ConversationMovedToQueue or ConversationLinkedToCustomer
            or TransferOffered or TransferDeclined or WrapUpRecorded or ConferenceInvited or ConferenceJoined or ConferenceDeclined) => s,
        _ => throw Unhandled.Case(@event),
    };

    private ConversationFacts On(MessagePosted e) => e.Author switch
    {
        { Kind: AuthorKind.Customer } => OpenRunStartedAt is null ? this with { OpenRunStartedAt = e.At } : this,
        { Kind: AuthorKind.Agent, Id: { } agent } when OpenRunStartedAt is { } runStart =>
            Credit(agent, e.At) with { Responses = [.. Responses, new ResponseFact(agent, runStart, e.At)], OpenRunStartedAt = null },
        // System messages are neither the customer's nor an agent's; an agent speaking first answers no one.
        _ => this,
    };

    private ConversationFacts Ended() => this with { OwnerAtEnd = OwnerId };

    private ConversationFacts Resolved(Guid? agent, DateTimeOffset at) => agent is { } credited
        ? Credit(credited, at) with { Resolutions = [.. Resolutions, new ResolutionFact(credited, at)], UnresolvedEndAt = null }
        : this with { UnresolvedEndAt = null };

    private ConversationFacts Credit(Guid agent, DateTimeOffset at) => this with
    {
        AgentIds = AgentIds.Contains(agent) ? AgentIds : [.. AgentIds, agent],
        LastFactAt = at > LastFactAt ? at : LastFactAt,
    };

    private static Guid? AgentOf(Author author) => author is { Kind: AuthorKind.Agent, Id: { } id } ? id : null;
}
