using ContactCenter.Contracts.Conversations;

namespace ContactCenter.Contracts.Realtime;

/// <summary>What the customer hub sends to a customer's widget.</summary>
public interface ICustomerClient
{
    /// <summary>A step of the customer's conversation (private notes arrive as hidden steps).</summary>
    /// <param name="step">The step, with its version.</param>
    Task ConversationEvent(ConversationEventDto step);

    /// <summary>An agent types, or stopped.</summary>
    /// <param name="typing">Who and whether.</param>
    Task Typing(TypingDto typing);

    /// <summary>The customer's place in the queue changed.</summary>
    /// <param name="position">Place and estimated wait.</param>
    Task QueuePosition(QueuePositionDto position);
}
