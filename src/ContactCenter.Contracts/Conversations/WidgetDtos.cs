namespace ContactCenter.Contracts.Conversations;

/// <summary>A customer starting a chat from the widget.</summary>
/// <param name="Name">The customer's name.</param>
/// <param name="Email">Optional email.</param>
/// <param name="QueueId">The queue picked or given.</param>
public sealed record StartChatRequest(string Name, string? Email, string QueueId);

/// <summary>The widget's session: the token identifies the customer on this browser for 30 days.</summary>
/// <param name="CustomerToken">Bearer token for the customer hub and widget API.</param>
/// <param name="CustomerId">The customer.</param>
/// <param name="Name">The customer's name.</param>
/// <param name="ConversationId">The open conversation, if any.</param>
public sealed record CustomerSession(string CustomerToken, Guid CustomerId, string Name, Guid? ConversationId);
