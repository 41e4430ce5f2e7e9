using ContactCenter.Contracts.Conversations;

namespace ContactCenter.Contracts.Realtime;

/// <summary>
/// What a customer's widget may call on the customer hub (<see cref="ApiRoutes.CustomerHub"/>): only on the
/// conversations the customer's session started; any other id is "not-found". The hub implements it and the
/// typed client calls its methods by <see langword="nameof"/>, so a renamed method fails the build.
/// </summary>
public interface ICustomerHub
{
    /// <summary>The customer's conversations this connection follows (open ones and those that may still be rated).</summary>
    /// <returns>Their ids.</returns>
    Task<IReadOnlyList<Guid>> GetMyConversations();

    /// <summary>Stores a message; the answer comes only once it is stored. Retrying with the same id is harmless.</summary>
    /// <param name="conversationId">The conversation.</param>
    /// <param name="messageId">The message's id, made once by the caller: the idempotency key.</param>
    /// <param name="text">The text.</param>
    /// <returns>The acknowledgement once stored (the original one on a retry).</returns>
    Task<CommandAck> SendMessage(Guid conversationId, Guid messageId, string text);

    /// <summary>Everything after <paramref name="afterVersion"/>, in order: for a fresh widget (0) and after a reconnect.</summary>
    /// <param name="conversationId">The conversation.</param>
    /// <param name="afterVersion">The last version the widget has applied.</param>
    /// <returns>The later steps as the customer sees them (private notes are hidden steps).</returns>
    Task<IReadOnlyList<ConversationEventDto>> GetEventsSince(Guid conversationId, long afterVersion);

    /// <summary>The conversation's place in its queue.</summary>
    /// <param name="conversationId">The conversation.</param>
    /// <returns>Place and estimated wait, or null when it no longer waits.</returns>
    Task<QueuePositionDto?> GetQueuePosition(Guid conversationId);

    /// <summary>Tells the agent the customer types, or stopped.</summary>
    /// <param name="conversationId">The conversation.</param>
    /// <param name="isTyping">Whether the customer types.</param>
    /// <returns>Done once checked; the push is not awaited.</returns>
    Task Typing(Guid conversationId, bool isTyping);

    /// <summary>Tells the agent the customer has read up to a message.</summary>
    /// <param name="conversationId">The conversation.</param>
    /// <param name="upToMessageId">The last message read.</param>
    /// <returns>The acknowledgement once stored.</returns>
    Task<CommandAck> MarkRead(Guid conversationId, Guid upToMessageId);

    /// <summary>Leaves the conversation.</summary>
    /// <param name="conversationId">The conversation.</param>
    /// <returns>The acknowledgement once stored.</returns>
    Task<CommandAck> Leave(Guid conversationId);

    /// <summary>Rates an ended conversation.</summary>
    /// <param name="conversationId">The conversation.</param>
    /// <param name="rating">From 1 to 5.</param>
    /// <param name="comment">An optional comment.</param>
    /// <returns>The acknowledgement once stored.</returns>
    Task<CommandAck> Rate(Guid conversationId, int rating, string? comment);
}
