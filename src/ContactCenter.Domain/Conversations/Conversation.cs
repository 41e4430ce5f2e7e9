using System.Collections.Immutable;
using ContactCenter.Domain.Common;

namespace ContactCenter.Domain.Conversations;

/// <summary>
/// What deciding needs to know of a conversation, folded from its stream. <see cref="Evolve"/> is
/// the whole fold; <see cref="ConversationDecider"/> decides from it.
/// </summary>
public sealed record Conversation
{
    public const int MaxCommentLength = 1000;
    public const int MaxTransferNoteLength = 500;
    public const int MaxWrapUpNoteLength = 1000;

    // Shared, never changed in place: a change makes a new set.
    private static readonly IReadOnlySet<Guid> NoOne = new HashSet<Guid>();

    public required Guid Id { get; init; }
    public required Guid CustomerId { get; init; }

    /// <summary>The profile that started the chat (at the widget, say); it stays the customer's side after a link.</summary>
    public required Guid StartedByCustomerId { get; init; }
    public required string QueueId { get; init; }
    public ConversationStatus Status { get; init; } = ConversationStatus.Queued;

    /// <summary>When it entered its current queue: the wait counts from here (docs/domain.md, "Figures").</summary>
    public DateTimeOffset QueuedAt { get; init; }

    /// <summary>Queues it moved out of, in order: it never moves back into one.</summary>
    public IReadOnlyList<string> PastQueueIds { get; init; } = [];
    public Guid? AgentId { get; init; }
    public bool Rated { get; init; }

    /// <summary>The open offer, while the status is offered.</summary>
    public PendingOffer? Offer { get; init; }

    /// <summary>Who ended it (the owner, or a supervisor from the subscribed list), while it stays ended.</summary>
    public Author? EndedBy { get; init; }

    /// <summary>The open transfer to a named agent: the owner keeps the conversation until it is answered.</summary>
    public PendingTransfer? Transfer { get; init; }

    /// <summary>Conference guests, longest-present first: they reply, the owner stays the owner.</summary>
    public IReadOnlyList<Participant> Guests { get; init; } = [];

    /// <summary>Open invitations to join as a guest.</summary>
    public IReadOnlyList<PendingInvitation> Invitations { get; init; } = [];

    /// <summary>Agents who rejected or let an offer of this conversation expire: not offered it again.</summary>
    public IReadOnlySet<Guid> DeclinedBy { get; init; } = NoOne;

    /// <summary>The highest router epoch that offered this conversation (fencing).</summary>
    public long RouterEpoch { get; init; }

    /// <summary>Ids of messages and notes: a retried post with a known id changes nothing.</summary>
    public IReadOnlySet<Guid> PostIds { get; init; } = ImmutableHashSet<Guid>.Empty;

    /// <summary>Ids of chat messages only (not notes): what read receipts may point at.</summary>
    public IReadOnlySet<Guid> MessageIds { get; init; } = ImmutableHashSet<Guid>.Empty;

    /// <summary>Profiles the conversation belonged to before it was linked to its customer, in order.</summary>
    public IReadOnlyList<Guid> LinkedCustomerIds { get; init; } = [];

    /// <summary>Labels on the conversation (ids of the label catalog).</summary>
    public IReadOnlyList<string> Labels { get; init; } = [];

    public bool IsWaiting => Status is ConversationStatus.Queued or ConversationStatus.Offered;
    public bool IsLive => Status is ConversationStatus.Queued or ConversationStatus.Offered or ConversationStatus.Active or ConversationStatus.Pending;
    public bool HasEnded => !IsLive;

    /// <summary>
    /// The profile that started it, only: the person at the widget keeps the chat they started when
    /// staff link it to a known profile, and a link never hands the chat to that profile's own sessions.
    /// </summary>
    public bool IsGuest(Guid? agentId) => agentId is { } id && Guests.Any(g => g.AgentId == id);

    public bool IsCustomer(Guid? customerId) => customerId == StartedByCustomerId;

    /// <summary>The whole fold; the status comes from <see cref="ConversationLifecycle"/>, the rest from each event.</summary>
    public static Conversation? Evolve(Conversation? state, ConversationEvent @event) => state switch
    {
        null => @event is ConversationStarted e
            ? new Conversation { Id = e.ConversationId, CustomerId = e.CustomerId, StartedByCustomerId = e.CustomerId, QueueId = e.QueueId, QueuedAt = e.At }
            : null,
        { } s => s.On(@event) with { Status = ConversationLifecycle.StatusAfter(s.Status, @event) },
    };

    private Conversation On(ConversationEvent @event) => @event switch
    {
        ConversationAssigned e => this with { AgentId = e.AgentId, Offer = null },
        MessagePosted e => this with { PostIds = With(PostIds, e.MessageId), MessageIds = With(MessageIds, e.MessageId) },
        PrivateNotePosted e => this with { PostIds = With(PostIds, e.NoteId) },
        CustomerLeft => this with { Offer = null },
        ConversationRated => this with { Rated = true },
        ConversationOffered e => this with
        {
            Offer = new PendingOffer(e.OfferId, e.AgentId, e.AgentName, e.ExpiresAt),
            RouterEpoch = Math.Max(RouterEpoch, e.Epoch),
        },
        OfferAccepted e => this with { AgentId = e.AgentId, Offer = null },
        OfferDeclined e => this with { Offer = null, DeclinedBy = new HashSet<Guid>(DeclinedBy) { e.AgentId } },
        ConversationLabeled e => this with { Labels = [.. Labels, e.LabelId] },
        ConversationUnlabeled e => this with { Labels = [.. Labels.Where(l => l != e.LabelId)] },
        ConversationMovedToQueue e => this with { QueueId = e.ToQueueId, QueuedAt = e.At, PastQueueIds = [.. PastQueueIds, e.FromQueueId] },
        TransferOffered e => this with { Transfer = new PendingTransfer(e.OfferId, e.ToAgentId, e.ToAgentName, e.ToQueueId, e.ExpiresAt) },
        TransferAccepted e => this with { AgentId = e.ToAgentId, QueueId = e.ToQueueId, Transfer = null, Guests = [.. Guests.Where(g => g.AgentId != e.ToAgentId)] },
        TransferDeclined => this with { Transfer = null },
        ConversationTransferred e => this with { QueueId = e.ToQueueId, QueuedAt = e.At, AgentId = null, Offer = null, DeclinedBy = new HashSet<Guid>(DeclinedBy) { e.FromAgentId } },
        ConversationLinkedToCustomer e => this with { CustomerId = e.ToCustomerId, LinkedCustomerIds = Linked(LinkedCustomerIds, e) },
        ConversationEnded e => this with { EndedBy = e.By },
        WrapUpRecorded e => this with { PostIds = With(PostIds, e.WrapUpId) },
        ConferenceInvited e => this with { Invitations = [.. Invitations.Where(i => i.ToAgentId != e.ToAgentId), new PendingInvitation(e.InviteId, e.ToAgentId, e.ToAgentName, e.ExpiresAt)] },
        ConferenceJoined e => this with { Invitations = [.. Invitations.Where(i => i.InviteId != e.InviteId)], Guests = [.. Guests, new Participant(e.AgentId, e.AgentName, e.At)] },
        ConferenceDeclined e => this with { Invitations = [.. Invitations.Where(i => i.InviteId != e.InviteId)] },
        ParticipantLeft e => Left(e),
        // A second start never reaches a started stream (the decider refuses it).
        ConversationStarted or ConversationPending or ConversationResolved or MessagesRead or WrapUpFinished => this,
        _ => throw Unhandled.Case(@event),
    };

    private Conversation Left(ParticipantLeft e) => e switch
    {
        { WasOwner: false } => this with { Guests = [.. Guests.Where(g => g.AgentId != e.AgentId)] },
        { Requeued: true } => this with
        {
            AgentId = null,
            Guests = [],
            Invitations = [],
            Offer = null,
            QueuedAt = e.At,
            DeclinedBy = new HashSet<Guid>(DeclinedBy) { e.AgentId },
        },
        _ => this with { AgentId = e.NewOwnerId, Guests = [.. Guests.Where(g => g.AgentId != e.NewOwnerId)] },
    };

    public sealed record Participant(Guid AgentId, string Name, DateTimeOffset Since);

    public sealed record PendingInvitation(Guid InviteId, Guid ToAgentId, string ToAgentName, DateTimeOffset ExpiresAt);

    public sealed record PendingOffer(Guid OfferId, Guid AgentId, string AgentName, DateTimeOffset ExpiresAt);

    public sealed record PendingTransfer(Guid OfferId, Guid ToAgentId, string ToAgentName, string ToQueueId, DateTimeOffset ExpiresAt);

    /// <summary>The earlier profiles after a link: the one left is added once, the one linked to is current, not earlier.</summary>
    public static IReadOnlyList<Guid> Linked(IReadOnlyList<Guid> earlier, ConversationLinkedToCustomer e) =>
        [.. earlier.Append(e.FromCustomerId).Where(id => id != e.ToCustomerId).Distinct()];

    // Persistent sets: a message adds its id in O(log n) and shares the rest, where copying the set
    // made every message of a long chat cost as much as all before it (measured: 5% of the server's
    // CPU per message in the storage benchmark's long chats).
    private static ImmutableHashSet<Guid> With(IReadOnlySet<Guid> ids, Guid id) =>
        (ids as ImmutableHashSet<Guid> ?? [.. ids]).Add(id);
}
