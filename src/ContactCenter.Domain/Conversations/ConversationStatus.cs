namespace ContactCenter.Domain.Conversations;

/// <summary>The states of the conversation life cycle (docs/domain.md).</summary>
public enum ConversationStatus
{
    Queued,
    Offered,
    Active,
    Pending,
    WrapUp,
    Resolved,
    Closed,
    Abandoned,
}
