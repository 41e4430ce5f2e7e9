using ContactCenter.Domain.Common;

namespace ContactCenter.Domain.Conversations;

/// <summary>
/// The rules a conversation command can break. A refusal that depends on the conversation's state
/// is a conflict, even one an agent could avoid (taking it first): the same request may pass later.
/// </summary>
public static class ConversationErrors
{
    public static readonly RuleViolation NotStarted = RuleViolation.NotFound("not-found", "This conversation does not exist.");
    public static readonly RuleViolation AlreadyStarted = RuleViolation.Conflict("already-started", "This conversation has already started.");
    public static readonly RuleViolation Ended = RuleViolation.Conflict("conversation-ended", "This conversation has ended; start a new one.");
    public static readonly RuleViolation NotParticipant = RuleViolation.Conflict("not-participant", "Only the agent handling this conversation can do that; take it first.");
    public static readonly RuleViolation AlreadyAssigned = RuleViolation.Conflict("already-assigned", "Another agent has already taken this conversation.");
    public static readonly RuleViolation NotAnswered = RuleViolation.Conflict("not-answered", "No agent has taken this conversation yet.");
    public static readonly RuleViolation NotEnded = RuleViolation.Conflict("not-ended", "A conversation can be rated once it has ended.");
    public static readonly RuleViolation AlreadyRated = RuleViolation.Conflict("already-rated", "This conversation has already been rated.");
    public static readonly RuleViolation InvalidRating = RuleViolation.Invalid("invalid-rating", "A rating is a whole number from 1 to 5.");
    public static readonly RuleViolation CommentTooLong = RuleViolation.Invalid("comment-too-long", $"A rating comment holds at most {Conversation.MaxCommentLength} characters.");
    public static readonly RuleViolation UnknownMessage = RuleViolation.Conflict("unknown-message", "That message is not part of this conversation.");
    public static readonly RuleViolation NotWaiting = RuleViolation.Conflict("not-waiting", "This conversation is not waiting for an agent.");
    public static readonly RuleViolation StaleRouter = RuleViolation.Conflict("stale-router", "A newer router has taken over; this offer is refused.");
    public static readonly RuleViolation NotOffered = RuleViolation.Conflict("not-offered", "This conversation is not offered to you (the offer may have expired or gone to someone else).");
    public static readonly RuleViolation BeingOffered = RuleViolation.Conflict("being-offered", "This conversation is being offered to an agent; wait for their answer.");
    public static readonly RuleViolation OverflowLoop = RuleViolation.Conflict("overflow-loop", "This conversation already waited in that queue; it never moves back into a queue it left.");
    public static readonly RuleViolation WithinMaxWait = RuleViolation.Conflict("within-max-wait", "This conversation has not waited longer than its queue's maximum wait yet.");
    public static readonly RuleViolation SameQueue = RuleViolation.Invalid("same-queue", "This conversation is already in that queue; choose another.");
    public static readonly RuleViolation NoteTooLong = RuleViolation.Invalid("note-too-long", $"A transfer note holds at most {Conversation.MaxTransferNoteLength} characters.");
    public static readonly RuleViolation OwnsItAlready = RuleViolation.Invalid("owns-it-already", "That agent already handles this conversation; choose someone else.");
    public static readonly RuleViolation TransferOpen = RuleViolation.Conflict("transfer-open", "A transfer of this conversation is waiting for an answer; wait for it before transferring again.");
    public static readonly RuleViolation NoTransfer = RuleViolation.Conflict("no-transfer", "This transfer is not offered to you any more (it was answered, expired, or the chat changed hands).");
    public static readonly RuleViolation TransferExpired = RuleViolation.Conflict("transfer-expired", "This transfer's time to answer ran out; the chat stays with the agent who sent it.");
    public static readonly RuleViolation WrapUpEmpty = RuleViolation.Invalid("wrap-up-empty", "Choose a wrap-up code or write a note.");
    public static readonly RuleViolation WrapUpNoteTooLong = RuleViolation.Invalid("wrap-up-note-too-long", $"A wrap-up note holds at most {Conversation.MaxWrapUpNoteLength} characters.");
    public static readonly RuleViolation NotInWrapUp = RuleViolation.Conflict("not-in-wrap-up", "Wrap-up starts when the conversation ends; end it first.");
    public static readonly RuleViolation NoInvitation = RuleViolation.Conflict("no-invitation", "This invitation is not open for you any more (it was answered, withdrawn, or the chat ended).");
    public static readonly RuleViolation InvitationExpired = RuleViolation.Conflict("invitation-expired", "This invitation's time to answer ran out; ask the owner to invite you again.");
    public static readonly RuleViolation NoInvitees = RuleViolation.Invalid("no-invitees", "Choose at least one agent to invite.");
    public static readonly RuleViolation NotInConversation = RuleViolation.Conflict("not-in-conversation", "You are not a participant of this conversation; there is nothing to leave.");
    public static RuleViolation AlreadyEndedBy(string name) => RuleViolation.Conflict("already-ended", $"{name} ended this conversation a moment ago; there is nothing left to end.");
    public static readonly RuleViolation AlreadyDeclined = RuleViolation.Conflict("already-declined", "This agent has already declined this conversation.");
}
