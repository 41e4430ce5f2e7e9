namespace ContactCenter.Domain.Conversations;

// Past-tense facts of a conversation's stream. Each carries the ids its projections need, so
// projections never look elsewhere, and the time it happened, taken from the command.

public sealed record ConversationStarted(
    Guid ConversationId, Guid CustomerId, string QueueId, string ChannelId, DateTimeOffset At);

public sealed record ConversationAssigned(Guid ConversationId, Guid AgentId, string AgentName, Author By, DateTimeOffset At);

public sealed record MessagePosted(
    Guid ConversationId, Guid MessageId, Author Author, string Text, DateTimeOffset At);

public sealed record ConversationResolved(Guid ConversationId, Author By, DateTimeOffset At);

public sealed record ConversationRated(Guid ConversationId, int Rating, string? Comment, DateTimeOffset At);
