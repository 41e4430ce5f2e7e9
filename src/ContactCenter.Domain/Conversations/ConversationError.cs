namespace ContactCenter.Domain.Conversations;

/// <summary>Why a command was refused: a stable code for clients and a sentence for people.</summary>
public sealed record ConversationError(string Code, string Message)
{
    public static readonly ConversationError NotStarted = new("not-found", "This conversation does not exist.");
    public static readonly ConversationError AlreadyStarted = new("already-started", "This conversation has already started.");
    public static readonly ConversationError Ended = new("conversation-ended", "This conversation has ended; start a new one.");
    public static readonly ConversationError NotParticipant = new("not-participant", "Only the agent handling this conversation can do that; take it first.");
    public static readonly ConversationError AlreadyAssigned = new("already-assigned", "Another agent has already taken this conversation.");
    public static readonly ConversationError NotAnswered = new("not-answered", "No agent has taken this conversation yet.");
    public static readonly ConversationError NotEnded = new("not-ended", "A conversation can be rated once it has ended.");
    public static readonly ConversationError AlreadyRated = new("already-rated", "This conversation has already been rated.");
    public static readonly ConversationError InvalidRating = new("invalid-rating", "A rating is a whole number from 1 to 5.");
    public static readonly ConversationError CommentTooLong = new("comment-too-long", $"A rating comment holds at most {Conversation.MaxCommentLength} characters.");
    public static readonly ConversationError UnknownMessage = new("unknown-message", "That message is not part of this conversation.");
}
