namespace ContactCenter.Domain.Conversations;

/// <summary>
/// What deciding needs to know of a conversation, folded from its stream. <see cref="Evolve"/> is
/// the whole fold; <see cref="ConversationDecider"/> decides from it.
/// </summary>
public sealed record Conversation
{
    public const int MaxCommentLength = 1000;

    // Shared, never changed in place: a change makes a new set.
    private static readonly IReadOnlySet<Guid> NoOne = new HashSet<Guid>();

    public required Guid Id { get; init; }
    public required Guid CustomerId { get; init; }

    /// <summary>The profile that started the chat (at the widget, say); it stays the customer's side after a link.</summary>
    public required Guid StartedByCustomerId { get; init; }
    public required string QueueId { get; init; }
    public ConversationStatus Status { get; init; } = ConversationStatus.Queued;

    /// <summary>When it entered its current queue: the wait counts from here (docs/domain.md, "wait").</summary>
    public DateTimeOffset QueuedAt { get; init; }

    /// <summary>Queues it moved out of, in order: it never moves back into one.</summary>
    public IReadOnlyList<string> PastQueueIds { get; init; } = [];
    public Guid? AgentId { get; init; }
    public bool Rated { get; init; }

    /// <summary>The open offer, while the status is offered.</summary>
    public PendingOffer? Offer { get; init; }

    /// <summary>Agents who rejected or let an offer of this conversation expire: not offered it again.</summary>
    public IReadOnlySet<Guid> DeclinedBy { get; init; } = NoOne;

    /// <summary>The highest router epoch that offered this conversation (fencing).</summary>
    public long RouterEpoch { get; init; }

    /// <summary>Ids of messages and notes: a retried post with a known id changes nothing.</summary>
    public IReadOnlySet<Guid> PostIds { get; init; } = new HashSet<Guid>();

    /// <summary>Ids of chat messages only (not notes): what read receipts may point at.</summary>
    public IReadOnlySet<Guid> MessageIds { get; init; } = new HashSet<Guid>();

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
    public bool IsCustomer(Guid? customerId) => customerId == StartedByCustomerId;

    public static Conversation? Evolve(Conversation? state, object @event) => (state, @event) switch
    {
        (null, ConversationStarted e) => new Conversation { Id = e.ConversationId, CustomerId = e.CustomerId, StartedByCustomerId = e.CustomerId, QueueId = e.QueueId, QueuedAt = e.At },
        (null, _) => null,
        ({ } s, ConversationAssigned e) => s with { Status = ConversationStatus.Active, AgentId = e.AgentId, Offer = null },
        ({ } s, MessagePosted e) => s with
        {
            PostIds = With(s.PostIds, e.MessageId),
            MessageIds = With(s.MessageIds, e.MessageId),
            // A customer's answer ends the wait on them.
            Status = s.Status == ConversationStatus.Pending && e.Author.Kind == AuthorKind.Customer ? ConversationStatus.Active : s.Status,
        },
        ({ } s, PrivateNotePosted e) => s with { PostIds = With(s.PostIds, e.NoteId) },
        ({ } s, ConversationPending _) => s with { Status = ConversationStatus.Pending },
        ({ } s, ConversationEnded _) => s with { Status = ConversationStatus.WrapUp },
        ({ } s, ConversationResolved _) => s with { Status = ConversationStatus.Resolved },
        ({ } s, CustomerLeft e) => s with { Status = e.WhileWaiting ? ConversationStatus.Abandoned : ConversationStatus.WrapUp, Offer = null },
        ({ } s, ConversationRated _) => s with { Rated = true },
        ({ } s, ConversationOffered e) => s with
        {
            Status = ConversationStatus.Offered,
            Offer = new PendingOffer(e.OfferId, e.AgentId, e.AgentName, e.ExpiresAt),
            RouterEpoch = Math.Max(s.RouterEpoch, e.Epoch),
        },
        ({ } s, OfferAccepted e) => s with { Status = ConversationStatus.Active, AgentId = e.AgentId, Offer = null },
        ({ } s, OfferDeclined e) => s with { Status = ConversationStatus.Queued, Offer = null, DeclinedBy = new HashSet<Guid>(s.DeclinedBy) { e.AgentId } },
        ({ } s, ConversationLabeled e) => s with { Labels = [.. s.Labels, e.LabelId] },
        ({ } s, ConversationUnlabeled e) => s with { Labels = [.. s.Labels.Where(l => l != e.LabelId)] },
        ({ } s, ConversationMovedToQueue e) => s with { QueueId = e.ToQueueId, QueuedAt = e.At, PastQueueIds = [.. s.PastQueueIds, e.FromQueueId] },
        ({ } s, ConversationLinkedToCustomer e) => s with { CustomerId = e.ToCustomerId, LinkedCustomerIds = Linked(s.LinkedCustomerIds, e) },
        ({ } s, _) => s,
    };

    public sealed record PendingOffer(Guid OfferId, Guid AgentId, string AgentName, DateTimeOffset ExpiresAt);

    /// <summary>The earlier profiles after a link: the one left is added once, the one linked to is current, not earlier.</summary>
    public static IReadOnlyList<Guid> Linked(IReadOnlyList<Guid> earlier, ConversationLinkedToCustomer e) =>
        [.. earlier.Append(e.FromCustomerId).Where(id => id != e.ToCustomerId).Distinct()];

    private static HashSet<Guid> With(IReadOnlySet<Guid> ids, Guid id) => [.. ids, id];
}
