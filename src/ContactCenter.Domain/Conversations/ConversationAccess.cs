using ContactCenter.Domain.Access;

namespace ContactCenter.Domain.Conversations;

/// <summary>Who may follow or take a conversation: the rules the agent hub and the REST API share.</summary>
public static class ConversationAccess
{
    /// <summary>Statuses in which the customer is still in the conversation.</summary>
    public static readonly ConversationStatus[] Open =
        [ConversationStatus.Queued, ConversationStatus.Offered, ConversationStatus.Active, ConversationStatus.Pending];

    /// <summary>Its owner, the members of its queue, and those who watch every conversation.</summary>
    public static bool CanFollow(this AccessGrant grant, ConversationHistory conversation) =>
        conversation.AgentId == grant.UserId || grant.IsMemberOf(conversation.QueueId) || grant.Has(Permissions.DashboardView);

    /// <summary>Members of its queue, or those who may assign any conversation.</summary>
    public static bool CanTake(this AccessGrant grant, ConversationHistory conversation) =>
        grant.IsMemberOf(conversation.QueueId) || grant.Has(Permissions.ConversationsAssignAny);
}
