namespace ContactCenter.Domain.Conversations;

/// <summary>The states of DOMAIN.md's conversation life cycle.</summary>
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
