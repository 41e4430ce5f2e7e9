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

    /// <summary>Queues it overflowed out of, in order.</summary>
    public IReadOnlyList<string> PastQueueIds { get; init; } = [];
    public DateTimeOffset LastActivityAt { get; init; }
    public Guid? AgentId { get; init; }
    public DateTimeOffset? AnsweredAt { get; init; }
    public Guid? OfferedTo { get; init; }
    public DateTimeOffset? OfferExpiresAt { get; init; }
    public Guid? OfferId { get; init; }
    public IReadOnlyList<Guid> DeclinedBy { get; init; } = [];
    public string? AgentName { get; init; }
    public int MessageCount { get; init; }
    public string LastMessagePreview { get; init; } = "";
    public DateTimeOffset? ResolvedAt { get; init; }
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
    /// <summary>The whole fold: unknown events leave the history as it is.</summary>
    public static ConversationHistory? Evolve(ConversationHistory? state, object @event) => (state, @event) switch
    {
        (null, ConversationStarted e) => Start(e),
        ({ } s, ConversationAssigned e) => s.On(e),
        ({ } s, MessagePosted e) => s.On(e),
        ({ } s, ConversationResolved e) => s.On(e),
        ({ } s, ConversationRated e) => s.On(e),
        ({ } s, ConversationOffered e) => s with { Status = ConversationStatus.Offered, OfferedTo = e.AgentId, OfferId = e.OfferId, OfferExpiresAt = e.ExpiresAt },
        ({ } s, OfferAccepted e) => s.AnsweredBy(e.AgentId, e.AgentName, e.At),
        ({ } s, OfferDeclined e) => s.WithoutOffer() with { Status = ConversationStatus.Queued, DeclinedBy = [.. s.DeclinedBy, e.AgentId] },
        ({ } s, ConversationMovedToQueue e) => s with { QueueId = e.ToQueueId, QueuedAt = e.At, PastQueueIds = [.. s.PastQueueIds, e.FromQueueId], LastActivityAt = e.At },
        ({ } s, ConversationPending e) => s with { Status = ConversationStatus.Pending, LastActivityAt = e.At },
        ({ } s, ConversationEnded e) => s with { Status = ConversationStatus.WrapUp, LastActivityAt = e.At },
        ({ } s, CustomerLeft e) => s.WithoutOffer() with
        {
            Status = e.WhileWaiting ? ConversationStatus.Abandoned : ConversationStatus.WrapUp,
            LastActivityAt = e.At,
        },
        ({ } s, ConversationLabeled e) => s with { Labels = [.. s.Labels, e.LabelId] },
        ({ } s, ConversationUnlabeled e) => s with { Labels = [.. s.Labels.Where(l => l != e.LabelId)] },
        ({ } s, ConversationLinkedToCustomer e) => s with { CustomerId = e.ToCustomerId, LinkedCustomerIds = Conversation.Linked(s.LinkedCustomerIds, e) },
        _ => state,
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
        LastActivityAt = e.At,
    };

    private ConversationHistory On(ConversationAssigned e) => AnsweredBy(e.AgentId, e.AgentName, e.At);

    // Taken from the queue or accepted from an offer: the same answer either way.
    private ConversationHistory AnsweredBy(Guid agentId, string agentName, DateTimeOffset at) => WithoutOffer() with
    {
        Status = ConversationStatus.Active,
        AgentId = agentId,
        AgentName = agentName,
        AnsweredAt = at,
        LastActivityAt = at,
    };

    private ConversationHistory WithoutOffer() => this with { OfferedTo = null, OfferId = null, OfferExpiresAt = null };

    private ConversationHistory On(MessagePosted e) => this with
    {
        Status = Status == ConversationStatus.Pending && e.Author.Kind == AuthorKind.Customer ? ConversationStatus.Active : Status,
        MessageCount = MessageCount + 1,
        LastMessagePreview = Preview(e.Text),
        LastActivityAt = e.At,
    };

    private ConversationHistory On(ConversationResolved e) =>
        this with { Status = ConversationStatus.Resolved, ResolvedAt = e.At, LastActivityAt = e.At };

    private ConversationHistory On(ConversationRated e) => this with { Rating = e.Rating };
}
