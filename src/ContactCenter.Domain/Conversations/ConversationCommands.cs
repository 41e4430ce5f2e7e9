namespace ContactCenter.Domain.Conversations;

// What people ask of a conversation. Each carries the time it was asked (`Now`, from the clock at
// the edge) so that deciding stays pure.

public abstract record ConversationCommand(Guid ConversationId, DateTimeOffset Now);

public sealed record StartConversation(Guid ConversationId, Guid CustomerId, string QueueId, string ChannelId, DateTimeOffset Now)
    : ConversationCommand(ConversationId, Now);

/// <summary>The message id comes from the sender, so a retried send is recognised and not stored twice.</summary>
public sealed record PostMessage(Guid ConversationId, Guid MessageId, Author Author, string Text, DateTimeOffset Now)
    : ConversationCommand(ConversationId, Now);

public sealed record PostPrivateNote(Guid ConversationId, Guid NoteId, Author Author, string Text, DateTimeOffset Now)
    : ConversationCommand(ConversationId, Now);

/// <summary>An agent takes a waiting conversation (from the queue, until the router offers it).</summary>
public sealed record AssignConversation(Guid ConversationId, Guid AgentId, string AgentName, Author By, DateTimeOffset Now)
    : ConversationCommand(ConversationId, Now);

public sealed record SetPending(Guid ConversationId, Author By, DateTimeOffset Now) : ConversationCommand(ConversationId, Now);

public sealed record ResolveConversation(Guid ConversationId, Author By, DateTimeOffset Now) : ConversationCommand(ConversationId, Now);

/// <summary>
/// Ends a conversation. Its owner may; so may someone who is not a participant when
/// <paramref name="MayEndAnyActive"/> says the edge found the right to end conversations of the
/// subscribed list (supervisors, docs/domain.md) and that they may follow this one.
/// </summary>
public sealed record EndConversation(Guid ConversationId, Author By, DateTimeOffset Now, bool MayEndAnyActive = false) : ConversationCommand(ConversationId, Now);

public sealed record LeaveAsCustomer(Guid ConversationId, DateTimeOffset Now) : ConversationCommand(ConversationId, Now);

public sealed record RateConversation(Guid ConversationId, int Rating, string? Comment, DateTimeOffset Now) : ConversationCommand(ConversationId, Now);

public sealed record MarkRead(Guid ConversationId, Author Reader, Guid UpToMessageId, DateTimeOffset Now) : ConversationCommand(ConversationId, Now);

/// <summary>The router offers a waiting conversation to one agent.</summary>
public sealed record OfferConversation(Guid ConversationId, Guid AgentId, string AgentName, Guid OfferId, DateTimeOffset ExpiresAt, long Epoch, DateTimeOffset Now)
    : ConversationCommand(ConversationId, Now);

public sealed record AcceptOffer(Guid ConversationId, Guid AgentId, DateTimeOffset Now) : ConversationCommand(ConversationId, Now);

public sealed record RejectOffer(Guid ConversationId, Guid AgentId, DateTimeOffset Now) : ConversationCommand(ConversationId, Now);

/// <summary>The router ends an offer whose time ran out; the offer id makes a late or repeated expiry harmless.</summary>
public sealed record ExpireOffer(Guid ConversationId, Guid OfferId, DateTimeOffset Now) : ConversationCommand(ConversationId, Now);

/// <summary>Staff put a label of the catalog on a conversation; putting one twice changes nothing.</summary>
public sealed record AddLabel(Guid ConversationId, string LabelId, Author By, DateTimeOffset Now) : ConversationCommand(ConversationId, Now);

public sealed record RemoveLabel(Guid ConversationId, string LabelId, Author By, DateTimeOffset Now) : ConversationCommand(ConversationId, Now);

/// <summary>
/// Hands an answered conversation to another queue with a note for whoever takes it next. Its owner
/// may; so may staff for whom <paramref name="MayTransferAny"/> says the edge found the right to
/// assign any conversation they may follow (supervisors).
/// </summary>
public sealed record TransferToQueue(Guid ConversationId, string ToQueueId, string? Note, Author By, DateTimeOffset Now, bool MayTransferAny = false)
    : ConversationCommand(ConversationId, Now);

/// <summary>
/// The router moves a conversation that has waited in <paramref name="FromQueueId"/> longer than
/// <paramref name="MaxWait"/> to that queue's overflow queue.
/// </summary>
public sealed record OverflowConversation(Guid ConversationId, string FromQueueId, string ToQueueId, TimeSpan MaxWait, DateTimeOffset Now)
    : ConversationCommand(ConversationId, Now);

/// <summary>
/// Staff who recognise the customer move the conversation to an existing profile; the profile it
/// had is remembered as a linked profile of the conversation.
/// </summary>
public sealed record LinkCustomer(Guid ConversationId, Guid CustomerId, Author By, DateTimeOffset Now) : ConversationCommand(ConversationId, Now);

/// <summary>
/// Offers an answered conversation to a named member of <paramref name="ToQueueId"/> until
/// <paramref name="ExpiresAt"/> (the queue's offer timeout). The edge checked that the agent is a
/// member and present; <paramref name="MayTransferAny"/> as for <see cref="TransferToQueue"/>.
/// </summary>
public sealed record TransferToAgent(
    Guid ConversationId, string ToQueueId, Guid ToAgentId, string ToAgentName, Guid OfferId, DateTimeOffset ExpiresAt, string? Note, Author By, DateTimeOffset Now, bool MayTransferAny = false)
    : ConversationCommand(ConversationId, Now);

public sealed record AcceptTransfer(Guid ConversationId, Guid AgentId, DateTimeOffset Now) : ConversationCommand(ConversationId, Now);

public sealed record RejectTransfer(Guid ConversationId, Guid AgentId, DateTimeOffset Now) : ConversationCommand(ConversationId, Now);

/// <summary>The router ends a transfer offer whose time ran out; the offer id makes a late or repeated expiry harmless.</summary>
public sealed record ExpireTransfer(Guid ConversationId, Guid OfferId, DateTimeOffset Now) : ConversationCommand(ConversationId, Now);

/// <summary>
/// The owner records a wrap-up (a reason code the edge found in the admin's wrap-up list, with its
/// name, and/or a note), during or after the conversation; the id comes from the sender.
/// </summary>
public sealed record RecordWrapUp(Guid ConversationId, Guid WrapUpId, string? ReasonCodeId, string? ReasonName, string? Note, Author By, DateTimeOffset Now)
    : ConversationCommand(ConversationId, Now);

/// <summary>The owner is done with the wrap-up after the end: the conversation closes and the seat frees.</summary>
public sealed record FinishWrapUp(Guid ConversationId, Author By, DateTimeOffset Now) : ConversationCommand(ConversationId, Now);

/// <summary>The router ends a wrap-up whose queue's wrap-up time ran out (it judged the time); a late or repeated one changes nothing.</summary>
public sealed record ExpireWrapUp(Guid ConversationId, DateTimeOffset Now) : ConversationCommand(ConversationId, Now);

/// <summary>An agent the owner invites; the invitation's id is made at the edge.</summary>
public sealed record Invitee(Guid AgentId, string Name, Guid InviteId);

/// <summary>The owner invites one or more agents (the edge checked they are present members of a queue of the channel).</summary>
public sealed record InviteToConference(Guid ConversationId, IReadOnlyList<Invitee> Agents, DateTimeOffset ExpiresAt, Author By, DateTimeOffset Now)
    : ConversationCommand(ConversationId, Now);

public sealed record AcceptInvitation(Guid ConversationId, Guid AgentId, DateTimeOffset Now) : ConversationCommand(ConversationId, Now);

public sealed record DeclineInvitation(Guid ConversationId, Guid AgentId, DateTimeOffset Now) : ConversationCommand(ConversationId, Now);

/// <summary>
/// A participant leaves. <paramref name="Requeue"/> is the queue's rule for an owner who leaves
/// while guests remain (an owner leaving alone always puts it back in the queue).
/// </summary>
public sealed record LeaveConversation(Guid ConversationId, Author By, DateTimeOffset Now, bool Requeue = false) : ConversationCommand(ConversationId, Now);
