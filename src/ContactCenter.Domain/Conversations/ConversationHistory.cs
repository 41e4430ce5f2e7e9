using ContactCenter.Domain.Common;

namespace ContactCenter.Domain.Conversations;

/// <summary>
/// A conversation folded from its events: what a customer's history and an inbox row show.
/// Pure, so the same fold serves Marten's projection and tests.
/// </summary>
public sealed record ConversationHistory
{
    public Guid Id { get; init; }
    public Guid CustomerId { get; init; }

    /// <summary>
    /// The profile that started it: the widget that did keeps following it after staff link it to
    /// another profile. Indexed, where <see cref="LinkedCustomerIds"/> is not.
    /// </summary>
    public Guid StartedByCustomerId { get; init; }
    public string QueueId { get; init; } = "";
    public string ChannelId { get; init; } = "";
    public ConversationStatus Status { get; init; }
    public DateTimeOffset StartedAt { get; init; }

    /// <summary>When it entered its current queue; the wait counts from here, again after a move.</summary>
    public DateTimeOffset QueuedAt { get; init; }

    /// <summary>
    /// What it is ordered by among its queue's waiting conversations: when it entered the queue, except
    /// that a transfer keeps the rank it had, so a handed-on chat is not put behind newer ones.
    /// </summary>
    public DateTimeOffset RankedAt { get; init; }

    /// <summary>How often it was transferred to another queue (the transfer rate counts those with one or more).</summary>
    public int Transfers { get; init; }

    /// <summary>Queues it overflowed out of, in order.</summary>
    public IReadOnlyList<string> PastQueueIds { get; init; } = [];
    public DateTimeOffset LastActivityAt { get; init; }
    public Guid? AgentId { get; init; }
    public DateTimeOffset? AnsweredAt { get; init; }
    public Guid? OfferedTo { get; init; }
    public DateTimeOffset? OfferExpiresAt { get; init; }
    public Guid? OfferId { get; init; }
    public IReadOnlyList<Guid> DeclinedBy { get; init; } = [];

    /// <summary>The agent an open transfer is offered to: their capacity is reserved until they answer.</summary>
    public Guid? TransferTo { get; init; }
    public Guid? TransferOfferId { get; init; }
    public DateTimeOffset? TransferExpiresAt { get; init; }
    public string? AgentName { get; init; }
    public int MessageCount { get; init; }
    public string LastMessagePreview { get; init; } = "";
    public DateTimeOffset? ResolvedAt { get; init; }

    /// <summary>Conference guests now, longest-present first.</summary>
    public IReadOnlyList<Guid> GuestIds { get; init; } = [];

    /// <summary>Agents invited to join as guests who have not answered yet.</summary>
    public IReadOnlyList<Guid> InvitedIds { get; init; } = [];

    /// <summary>When its wrap-up began (the end, or the customer leaving an answered chat), while it lasts.</summary>
    public DateTimeOffset? WrapUpSince { get; init; }

    /// <summary>The latest wrap-up code recorded, if any: what a list row shows.</summary>
    public string? WrapUpCodeId { get; init; }
    public int? Rating { get; init; }
    public IReadOnlyList<string> Labels { get; init; } = [];

    /// <summary>Profiles it belonged to before it was linked to <see cref="CustomerId"/>, in order, each once.</summary>
    public IReadOnlyList<Guid> LinkedCustomerIds { get; init; } = [];

    /// <summary>The stream version folded so far, set by the store's projection.</summary>
    public long Version { get; init; }

    public const int PreviewLength = 80;

    /// <summary>A message shortened for a list row; the desk shortens live messages the same way.</summary>
    public static string Preview(string text) =>
        text.Length <= PreviewLength ? text : string.Concat(text.AsSpan(0, PreviewLength - 1), "…");

    // Not named Apply/Create: Marten would take those for conventional projection methods.
    /// <summary>The whole fold; the status comes from <see cref="ConversationLifecycle"/>, the rest from each event.</summary>
    public static ConversationHistory? Evolve(ConversationHistory? state, ConversationEvent @event) => state switch
    {
        null => @event is ConversationStarted e ? Start(e) : null,
        { } s => s.On(@event).InStatus(ConversationLifecycle.StatusAfter(s.Status, @event)),
    };

    private ConversationHistory On(ConversationEvent @event) => @event switch
    {
        ConversationAssigned e => AnsweredBy(e.AgentId, e.AgentName, e.At),
        MessagePosted e => this with { MessageCount = MessageCount + 1, LastMessagePreview = Preview(e.Text), LastActivityAt = e.At },
        ConversationResolved e => this with { ResolvedAt = e.At, LastActivityAt = e.At, WrapUpSince = null },
        ConversationRated e => this with { Rating = e.Rating },
        ConversationOffered e => this with { OfferedTo = e.AgentId, OfferId = e.OfferId, OfferExpiresAt = e.ExpiresAt },
        OfferAccepted e => AnsweredBy(e.AgentId, e.AgentName, e.At),
        OfferDeclined e => WithoutOffer() with { DeclinedBy = [.. DeclinedBy, e.AgentId] },
        ConversationMovedToQueue e => this with { QueueId = e.ToQueueId, QueuedAt = e.At, RankedAt = e.At, PastQueueIds = [.. PastQueueIds, e.FromQueueId], LastActivityAt = e.At },
        ConversationTransferred e => WithoutOffer() with
        {
            QueueId = e.ToQueueId,
            QueuedAt = e.At,
            AgentId = null,
            AgentName = null,
            AnsweredAt = null,
            DeclinedBy = [.. DeclinedBy, e.FromAgentId],
            Transfers = Transfers + 1,
            LastActivityAt = e.At,
        },
        TransferOffered e => this with { TransferTo = e.ToAgentId, TransferOfferId = e.OfferId, TransferExpiresAt = e.ExpiresAt },
        TransferAccepted e => WithoutTransfer() with
        {
            GuestIds = [.. GuestIds.Where(g => g != e.ToAgentId)],
            QueueId = e.ToQueueId,
            AgentId = e.ToAgentId,
            AgentName = e.ToAgentName,
            Transfers = Transfers + 1,
            LastActivityAt = e.At,
        },
        TransferDeclined => WithoutTransfer(),
        ConversationPending => this with { LastActivityAt = @event.At },
        ConversationEnded e => this with { LastActivityAt = e.At, WrapUpSince = Status is ConversationStatus.Active or ConversationStatus.Pending ? e.At : WrapUpSince },
        CustomerLeft e => WithoutOffer() with { LastActivityAt = e.At, WrapUpSince = e.WhileWaiting || AgentId is null || WrapUpSince is not null ? WrapUpSince : e.At },
        ConferenceInvited e => this with { InvitedIds = [.. InvitedIds.Where(i => i != e.ToAgentId), e.ToAgentId] },
        ConferenceJoined e => this with { InvitedIds = [.. InvitedIds.Where(i => i != e.AgentId)], GuestIds = [.. GuestIds, e.AgentId], LastActivityAt = e.At },
        ConferenceDeclined e => this with { InvitedIds = [.. InvitedIds.Where(i => i != e.ToAgentId)] },
        ParticipantLeft e => Left(e),
        WrapUpRecorded e => this with { WrapUpCodeId = e.ReasonCodeId ?? WrapUpCodeId },
        WrapUpFinished e => Status == ConversationStatus.WrapUp ? this with { WrapUpSince = null, ResolvedAt = e.At, LastActivityAt = e.At } : this,
        ConversationLabeled e => this with { Labels = [.. Labels, e.LabelId] },
        ConversationUnlabeled e => this with { Labels = [.. Labels.Where(l => l != e.LabelId)] },
        ConversationLinkedToCustomer e => this with { CustomerId = e.ToCustomerId, LinkedCustomerIds = Conversation.Linked(LinkedCustomerIds, e) },
        // Notes and read receipts are not what a history row shows; a second start never reaches a started stream.
        ConversationStarted or PrivateNotePosted or MessagesRead => this,
        _ => throw Unhandled.Case(@event),
    };

    private ConversationHistory Left(ParticipantLeft e) => e switch
    {
        { WasOwner: false } => this with { GuestIds = [.. GuestIds.Where(g => g != e.AgentId)], LastActivityAt = e.At },
        // Back in its queue, ranked as before (like a transfer), its wait counting again.
        { Requeued: true } => WithoutOffer() with
        {
            AgentId = null,
            AgentName = null,
            AnsweredAt = null,
            GuestIds = [],
            InvitedIds = [],
            QueuedAt = e.At,
            DeclinedBy = [.. DeclinedBy,
            e.AgentId],
            LastActivityAt = e.At,
        },
        _ => this with { AgentId = e.NewOwnerId, AgentName = e.NewOwnerName, GuestIds = [.. GuestIds.Where(g => g != e.NewOwnerId)], LastActivityAt = e.At },
    };

    private static ConversationHistory Start(ConversationStarted e) => new()
    {
        Id = e.ConversationId,
        CustomerId = e.CustomerId,
        StartedByCustomerId = e.CustomerId,
        QueueId = e.QueueId,
        ChannelId = e.ChannelId,
        Status = ConversationStatus.Queued,
        StartedAt = e.At,
        QueuedAt = e.At,
        RankedAt = e.At,
        LastActivityAt = e.At,
    };

    // Taken from the queue or accepted from an offer: the same answer either way.
    private ConversationHistory AnsweredBy(Guid agentId, string agentName, DateTimeOffset at) => WithoutOffer() with
    {
        AgentId = agentId,
        AgentName = agentName,
        AnsweredAt = at,
        LastActivityAt = at,
    };

    // The same instance when nothing changed: callers (and Marten's inline projection) can tell a no-op.
    private ConversationHistory InStatus(ConversationStatus status) => status == Status ? this : this with { Status = status };

    private ConversationHistory WithoutTransfer() => this with { TransferTo = null, TransferOfferId = null, TransferExpiresAt = null };

    private ConversationHistory WithoutOffer() => this with { OfferedTo = null, OfferId = null, OfferExpiresAt = null };
}
