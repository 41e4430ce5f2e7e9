using ContactCenter.Domain.Common;

namespace ContactCenter.Domain.Conversations;

/// <summary>The rules a conversation command can break.</summary>
public static class ConversationErrors
{
    public static readonly RuleViolation NotStarted = new("not-found", "This conversation does not exist.");
    public static readonly RuleViolation AlreadyStarted = new("already-started", "This conversation has already started.");
    public static readonly RuleViolation Ended = new("conversation-ended", "This conversation has ended; start a new one.");
    public static readonly RuleViolation NotParticipant = new("not-participant", "Only the agent handling this conversation can do that; take it first.");
    public static readonly RuleViolation AlreadyAssigned = new("already-assigned", "Another agent has already taken this conversation.");
    public static readonly RuleViolation NotAnswered = new("not-answered", "No agent has taken this conversation yet.");
    public static readonly RuleViolation NotEnded = new("not-ended", "A conversation can be rated once it has ended.");
    public static readonly RuleViolation AlreadyRated = new("already-rated", "This conversation has already been rated.");
    public static readonly RuleViolation InvalidRating = new("invalid-rating", "A rating is a whole number from 1 to 5.");
    public static readonly RuleViolation CommentTooLong = new("comment-too-long", $"A rating comment holds at most {Conversation.MaxCommentLength} characters.");
    public static readonly RuleViolation UnknownMessage = new("unknown-message", "That message is not part of this conversation.");
    public static readonly RuleViolation NotWaiting = new("not-waiting", "This conversation is not waiting for an agent.");
    public static readonly RuleViolation StaleRouter = new("stale-router", "A newer router has taken over; this offer is refused.");
    public static readonly RuleViolation NotOffered = new("not-offered", "This conversation is not offered to you (the offer may have expired or gone to someone else).");
    public static readonly RuleViolation BeingOffered = new("being-offered", "This conversation is being offered to an agent; wait for their answer.");
    public static readonly RuleViolation OverflowLoop = new("overflow-loop", "This conversation already waited in that queue; it never moves back into a queue it left.");
    public static readonly RuleViolation WithinMaxWait = new("within-max-wait", "This conversation has not waited longer than its queue's maximum wait yet.");
    public static readonly RuleViolation AlreadyDeclined = new("already-declined", "This agent has already declined this conversation.");
}
