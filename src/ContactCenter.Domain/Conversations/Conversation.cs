namespace ContactCenter.Domain.Conversations;

/// <summary>
/// What deciding needs to know of a conversation, folded from its stream. <see cref="Evolve"/> is
/// the whole fold; <see cref="ConversationDecider"/> decides from it.
/// </summary>
public sealed record Conversation
{
    public const int MaxCommentLength = 1000;

    public required Guid Id { get; init; }
    public required Guid CustomerId { get; init; }
    public required string QueueId { get; init; }
    public ConversationStatus Status { get; init; } = ConversationStatus.Queued;
    public Guid? AgentId { get; init; }
    public bool Rated { get; init; }

    /// <summary>Ids of messages and notes: a retried post with a known id changes nothing.</summary>
    public IReadOnlySet<Guid> PostIds { get; init; } = new HashSet<Guid>();

    /// <summary>Ids of chat messages only (not notes): what read receipts may point at.</summary>
    public IReadOnlySet<Guid> MessageIds { get; init; } = new HashSet<Guid>();

    public bool IsWaiting => Status is ConversationStatus.Queued or ConversationStatus.Offered;
    public bool IsLive => Status is ConversationStatus.Queued or ConversationStatus.Offered or ConversationStatus.Active or ConversationStatus.Pending;
    public bool HasEnded => !IsLive;

    public static Conversation? Evolve(Conversation? state, object @event) => (state, @event) switch
    {
        (null, ConversationStarted e) => new Conversation { Id = e.ConversationId, CustomerId = e.CustomerId, QueueId = e.QueueId },
        (null, _) => null,
        ({ } s, ConversationAssigned e) => s with { Status = ConversationStatus.Active, AgentId = e.AgentId },
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
        ({ } s, CustomerLeft e) => s with { Status = e.WhileWaiting ? ConversationStatus.Abandoned : ConversationStatus.WrapUp },
        ({ } s, ConversationRated _) => s with { Rated = true },
        ({ } s, _) => s,
    };

    private static HashSet<Guid> With(IReadOnlySet<Guid> ids, Guid id) => [.. ids, id];
}
