using ContactCenter.Domain.Access;
using ContactCenter.Domain.Common;

namespace ContactCenter.Domain.Conversations;

/// <summary>
/// Who may follow or take a conversation: the one rule every hub method and REST endpoint that
/// names a conversation applies (reading it, writing into it, marking it read, typing, ending it),
/// on the read model for reads and on the folded stream inside the command handler for writes.
/// </summary>
public static class ConversationAccess
{
    public static readonly RuleViolation NotFollowable = RuleViolation.Forbidden("not-queue-member", "This conversation is not in one of your queues.");

    /// <summary>Statuses in which the customer is still in the conversation.</summary>
    public static readonly ConversationStatus[] Open =
        [ConversationStatus.Queued, ConversationStatus.Offered, ConversationStatus.Active, ConversationStatus.Pending];

    /// <summary>
    /// Its owner, the members of its queue, the supervisors whose floor holds its queue (a supervisor
    /// of other queues may not read, join or end it; those who see every floor may), the agent an
    /// open transfer is offered to (they read it before they answer, and answer it), and its
    /// conference guests and invited agents (<paramref name="participants"/>), who may be of other queues.
    /// </summary>
    public static bool CanFollow(this AccessGrant grant, Guid? ownerId, string queueId, Guid? transferTo = null, IEnumerable<Guid>? participants = null) =>
        ownerId == grant.UserId || transferTo == grant.UserId || grant.IsMemberOf(queueId) || grant.SeesFloorOf(queueId)
        || participants?.Contains(grant.UserId) == true;

    public static bool CanFollow(this AccessGrant grant, ConversationHistory conversation) =>
        grant.CanFollow(conversation.AgentId, conversation.QueueId, conversation.TransferTo, conversation.GuestIds.Concat(conversation.InvitedIds));

    public static bool CanFollow(this AccessGrant grant, Conversation conversation) =>
        grant.CanFollow(conversation.AgentId, conversation.QueueId, conversation.Transfer?.ToAgentId,
            conversation.Guests.Select(g => g.AgentId).Concat(conversation.Invitations.Select(i => i.ToAgentId)));

    /// <summary>Members of its queue, or those who may assign any conversation.</summary>
    public static bool CanTake(this AccessGrant grant, ConversationHistory conversation) =>
        grant.IsMemberOf(conversation.QueueId) || grant.Has(Permissions.ConversationsAssignAny);
}
