using ContactCenter.Contracts.Conversations;

namespace ContactCenter.Testing;

/// <summary>Reads of a step's typed payload that tests repeat.</summary>
public static class StepPayloads
{
    /// <summary>The chat message a step carries, or null for every other kind (notes included).</summary>
    public static MessageDto? ChatMessage(this ConversationEventDto step) => step.Payload is MessageStep said ? said.Message : null;
}
