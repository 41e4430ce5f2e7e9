namespace ContactCenter.Contracts.Conversations;

/// <summary>The kinds of <see cref="ConversationEventDto"/>.</summary>
public static class ConversationEventKinds
{
    /// <summary>The conversation began and waits in a queue.</summary>
    public const string Started = "started";
    /// <summary>An agent took the conversation.</summary>
    public const string Assigned = "assigned";
    /// <summary>A chat message.</summary>
    public const string Message = "message";
    /// <summary>A private note (staff only).</summary>
    public const string Note = "note";
    /// <summary>Waiting on the customer.</summary>
    public const string Pending = "pending";
    /// <summary>The agent ended the conversation.</summary>
    public const string Ended = "ended";
    /// <summary>The conversation was resolved.</summary>
    public const string Resolved = "resolved";
    /// <summary>The customer left.</summary>
    public const string CustomerLeft = "customer-left";
    /// <summary>The customer rated the conversation.</summary>
    public const string Rated = "rated";
    /// <summary>Someone read up to a message.</summary>
    public const string Read = "read";
    /// <summary>The router offered the conversation to an agent (staff only).</summary>
    public const string Offered = "offered";
    /// <summary>An offer was rejected or expired; the conversation waits again (staff only).</summary>
    public const string OfferDeclined = "offer-declined";
    /// <summary>Staff put a label on the conversation (staff only).</summary>
    public const string Labeled = "labeled";
    /// <summary>Staff took a label off (staff only).</summary>
    public const string Unlabeled = "unlabeled";
    /// <summary>The conversation moved to another queue (its queue's maximum wait passed); the actor is the new queue's id.</summary>
    public const string MovedToQueue = "moved-to-queue";
    /// <summary>Staff linked the conversation to another customer profile, given as the customer id (staff only).</summary>
    public const string CustomerLinked = "customer-linked";
    /// <summary>A step this recipient may not see; it still takes its version, so versions stay contiguous.</summary>
    public const string Hidden = "hidden";
}

/// <summary>
/// One step of a conversation as a recipient may see it. <paramref name="Version"/> is the step's
/// position in the conversation: a client applies version = last + 1, and on a gap or a reconnect
/// asks for everything after its last version.
/// </summary>
/// <param name="ConversationId">The conversation.</param>
/// <param name="Version">Position in the conversation, from 1, without gaps.</param>
/// <param name="Kind">One of <see cref="ConversationEventKinds"/>.</param>
/// <param name="At">When it happened.</param>
/// <param name="Status">The conversation's status after this step.</param>
/// <param name="Message">The message or note, for those kinds.</param>
/// <param name="ActorName">Who acted (the agent who took it, ended it, read it...).</param>
/// <param name="Rating">The rating, for <see cref="ConversationEventKinds.Rated"/>.</param>
/// <param name="ReadUpTo">The last message read, for <see cref="ConversationEventKinds.Read"/>.</param>
/// <param name="ActorId">The staff member concerned: the agent offered to, assigned, or who read (staff only).</param>
/// <param name="Until">When an offer runs out, for <see cref="ConversationEventKinds.Offered"/>.</param>
/// <param name="LabelId">The label, for <see cref="ConversationEventKinds.Labeled"/> and <see cref="ConversationEventKinds.Unlabeled"/>.</param>
/// <param name="CustomerId">The profile the conversation now belongs to, for <see cref="ConversationEventKinds.CustomerLinked"/> (staff only).</param>
public sealed record ConversationEventDto(
    Guid ConversationId, long Version, string Kind, DateTimeOffset At, string Status,
    MessageDto? Message = null, string? ActorName = null, int? Rating = null, Guid? ReadUpTo = null,
    Guid? ActorId = null, DateTimeOffset? Until = null, string? LabelId = null, Guid? CustomerId = null);

/// <summary>A message as shown: text only, never markup.</summary>
/// <param name="Id">The message id the sender chose.</param>
/// <param name="AuthorKind">"Customer", "Agent" or "System".</param>
/// <param name="AuthorName">Display name.</param>
/// <param name="Text">Plain text; clients show it as text, linking http(s) addresses.</param>
public sealed record MessageDto(Guid Id, string AuthorKind, string AuthorName, string Text);

/// <summary>Someone is typing, or stopped. Not stored.</summary>
/// <param name="ConversationId">The conversation.</param>
/// <param name="Name">Who types.</param>
/// <param name="IsTyping">True while typing.</param>
public sealed record TypingDto(Guid ConversationId, string Name, bool IsTyping);

/// <summary>A waiting customer's place in the queue.</summary>
/// <param name="ConversationId">The conversation.</param>
/// <param name="Position">1 for the next to be answered.</param>
/// <param name="EstimatedWait">An estimate from the queue's recent answers.</param>
public sealed record QueuePositionDto(Guid ConversationId, int Position, TimeSpan EstimatedWait);

/// <summary>The acknowledgement of a stored message or other command.</summary>
/// <param name="ConversationId">The conversation.</param>
/// <param name="Version">The conversation's version after the command; unchanged for a retried one.</param>
public sealed record CommandAck(Guid ConversationId, long Version);
