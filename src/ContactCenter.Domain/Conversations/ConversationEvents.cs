namespace ContactCenter.Domain.Conversations;

// Past-tense facts of a conversation's stream. Each carries the ids its projections need, so
// projections never look elsewhere, and the time it happened, taken from the command.

/// <summary>
/// What every fact of a conversation's stream shares. Folds, mappers and rules switch over its
/// sealed subtypes, each case listed: an unlisted one throws (<see cref="Common.Unhandled"/>), and a
/// test runs every subtype through every switch (docs/domain.md, "Adding an event"). Marten
/// stores each by its concrete type, so the stored JSON is the subtype's own fields.
/// </summary>
public abstract record ConversationEvent(Guid ConversationId, DateTimeOffset At);

public sealed record ConversationStarted(
    Guid ConversationId, Guid CustomerId, string QueueId, string ChannelId, DateTimeOffset At) : ConversationEvent(ConversationId, At);

public sealed record ConversationAssigned(Guid ConversationId, Guid AgentId, string AgentName, Author By, DateTimeOffset At) : ConversationEvent(ConversationId, At);

public sealed record MessagePosted(
    Guid ConversationId, Guid MessageId, Author Author, string Text, DateTimeOffset At) : ConversationEvent(ConversationId, At);

public sealed record ConversationResolved(Guid ConversationId, Author By, DateTimeOffset At) : ConversationEvent(ConversationId, At);

public sealed record ConversationRated(Guid ConversationId, int Rating, string? Comment, DateTimeOffset At) : ConversationEvent(ConversationId, At);

/// <summary>Staff-only text in the conversation; never shown to the customer.</summary>
public sealed record PrivateNotePosted(Guid ConversationId, Guid NoteId, Author Author, string Text, DateTimeOffset At) : ConversationEvent(ConversationId, At);

/// <summary>The agent (or a supervisor) ended the conversation with the customer; wrap-up follows.</summary>
public sealed record ConversationEnded(Guid ConversationId, Author By, DateTimeOffset At) : ConversationEvent(ConversationId, At);

/// <summary>The customer went away: abandoned while waiting, or the end of an answered conversation.</summary>
public sealed record CustomerLeft(Guid ConversationId, Guid CustomerId, bool WhileWaiting, DateTimeOffset At) : ConversationEvent(ConversationId, At);

/// <summary>An agent set the status to waiting on the customer.</summary>
public sealed record ConversationPending(Guid ConversationId, Author By, DateTimeOffset At) : ConversationEvent(ConversationId, At);

/// <summary>Someone read the conversation up to and including a message.</summary>
public sealed record MessagesRead(Guid ConversationId, Author Reader, Guid UpToMessageId, DateTimeOffset At) : ConversationEvent(ConversationId, At);

/// <summary>
/// The router reserved the conversation for one agent until <paramref name="ExpiresAt"/>.
/// <paramref name="Epoch"/> is the router leader's fencing token: offers of an older leader are refused.
/// </summary>
public sealed record ConversationOffered(Guid ConversationId, Guid AgentId, string AgentName, Guid OfferId, DateTimeOffset ExpiresAt, long Epoch, DateTimeOffset At) : ConversationEvent(ConversationId, At);

/// <summary>The offered agent accepted: they own the conversation now.</summary>
public sealed record OfferAccepted(Guid ConversationId, Guid AgentId, string AgentName, Guid OfferId, DateTimeOffset At) : ConversationEvent(ConversationId, At);

/// <summary>The offer ended without an answer ("expired") or with a no ("rejected"); the conversation waits again, ahead of newer ones.</summary>
public sealed record OfferDeclined(Guid ConversationId, Guid AgentId, Guid OfferId, string Reason, DateTimeOffset At) : ConversationEvent(ConversationId, At);

public sealed record ConversationLabeled(Guid ConversationId, string LabelId, Author By, DateTimeOffset At) : ConversationEvent(ConversationId, At);

public sealed record ConversationUnlabeled(Guid ConversationId, string LabelId, Author By, DateTimeOffset At) : ConversationEvent(ConversationId, At);

/// <summary>
/// The conversation moved to another queue while it waited (<paramref name="Reason"/> "max-wait": it
/// waited longer than its queue allows). Its wait counts again from <paramref name="At"/>.
/// </summary>
public sealed record ConversationMovedToQueue(Guid ConversationId, string FromQueueId, string ToQueueId, string Reason, DateTimeOffset At) : ConversationEvent(ConversationId, At);

/// <summary>The conversation now belongs to <paramref name="ToCustomerId"/>; <paramref name="FromCustomerId"/> stays a linked profile of it.</summary>
public sealed record ConversationLinkedToCustomer(Guid ConversationId, Guid FromCustomerId, Guid ToCustomerId, Author By, DateTimeOffset At) : ConversationEvent(ConversationId, At);

/// <summary>
/// The owner (or a supervisor) handed the conversation to another queue: it waits there again,
/// ranked by when it started (ahead of newer chats), its wait counting from <paramref name="At"/>.
/// <paramref name="FromAgentId"/> owned it and is not offered it again; <paramref name="Note"/> is for staff only.
/// </summary>
public sealed record ConversationTransferred(
    Guid ConversationId, string FromQueueId, string ToQueueId, Guid FromAgentId, string? Note, Author By, DateTimeOffset At) : ConversationEvent(ConversationId, At);

/// <summary>Every concrete conversation event: what the store registers and the exhaustiveness tests enumerate.</summary>
public static class ConversationEventTypes
{
    public static readonly IReadOnlyList<Type> All =
        [.. typeof(ConversationEvent).Assembly.GetTypes().Where(t => t.IsSubclassOf(typeof(ConversationEvent)) && !t.IsAbstract).OrderBy(t => t.Name, StringComparer.Ordinal)];
}

/// <summary>
/// The owner (or a supervisor) offered the conversation to a named member of <paramref name="ToQueueId"/>.
/// <paramref name="FromAgentId"/> stays the owner until <paramref name="ToAgentId"/> accepts before
/// <paramref name="ExpiresAt"/>; the note is for staff only.
/// </summary>
public sealed record TransferOffered(
    Guid ConversationId, Guid FromAgentId, Guid ToAgentId, string ToAgentName, string ToQueueId, Guid OfferId, string? Note, DateTimeOffset ExpiresAt, Author By, DateTimeOffset At)
    : ConversationEvent(ConversationId, At);

/// <summary>The named agent accepted the transfer: they own the conversation now, in <paramref name="ToQueueId"/>.</summary>
public sealed record TransferAccepted(
    Guid ConversationId, Guid FromAgentId, Guid ToAgentId, string ToAgentName, string FromQueueId, string ToQueueId, Guid OfferId, DateTimeOffset At)
    : ConversationEvent(ConversationId, At);

/// <summary>
/// The transfer offer ended without a new owner: "rejected", "expired", or "ended" (the conversation
/// ended or changed hands first). The sender still owns it, if anyone does.
/// </summary>
public sealed record TransferDeclined(Guid ConversationId, Guid FromAgentId, Guid ToAgentId, Guid OfferId, string Reason, DateTimeOffset At)
    : ConversationEvent(ConversationId, At);

/// <summary>
/// The owner recorded a wrap-up, during the conversation or after it: a reason code of the admin's
/// wrap-up list and/or a free note, for staff only. <paramref name="WrapUpId"/> makes a retry harmless.
/// </summary>
public sealed record WrapUpRecorded(
    Guid ConversationId, Guid WrapUpId, Guid AgentId, string? ReasonCodeId, string? ReasonName, string? Note, Author By, DateTimeOffset At)
    : ConversationEvent(ConversationId, At);

/// <summary>
/// The wrap-up after the end is over: "finished" by the owner, or "timed-out" when the queue's
/// wrap-up time ran out. The conversation is closed and the owner's seat is free.
/// </summary>
public sealed record WrapUpFinished(Guid ConversationId, Guid AgentId, string Reason, DateTimeOffset At) : ConversationEvent(ConversationId, At);

/// <summary>The owner invited an agent to join the conversation as a guest until <paramref name="ExpiresAt"/>.</summary>
public sealed record ConferenceInvited(
    Guid ConversationId, Guid InviteId, Guid ToAgentId, string ToAgentName, DateTimeOffset ExpiresAt, Author By, DateTimeOffset At)
    : ConversationEvent(ConversationId, At);

/// <summary>The invited agent accepted: a guest now, who reads and replies while the owner stays the owner.</summary>
public sealed record ConferenceJoined(Guid ConversationId, Guid InviteId, Guid AgentId, string AgentName, DateTimeOffset At) : ConversationEvent(ConversationId, At);

/// <summary>An invitation ended without a guest: "rejected", or "ended" (the conversation ended or left its owner's hands first).</summary>
public sealed record ConferenceDeclined(Guid ConversationId, Guid InviteId, Guid ToAgentId, string Reason, DateTimeOffset At) : ConversationEvent(ConversationId, At);

/// <summary>
/// A participant left. A guest simply goes; the owner's leaving passes the conversation to the
/// longest-present guest (<paramref name="NewOwnerId"/>) or, when <paramref name="Requeued"/>, puts it
/// back in its queue without owner or guests, its wait counting from <paramref name="At"/>.
/// </summary>
public sealed record ParticipantLeft(
    Guid ConversationId, Guid AgentId, string AgentName, bool WasOwner, Guid? NewOwnerId, string? NewOwnerName, bool Requeued, DateTimeOffset At)
    : ConversationEvent(ConversationId, At);
