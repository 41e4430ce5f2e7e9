using ContactCenter.Domain.Common;

namespace ContactCenter.Domain.Conversations;

/// <summary>Handing a conversation on (docs/domain.md, "Conversations": transfer).</summary>
public static partial class ConversationDecider
{
    // Only an answered, live conversation has someone to hand it on; a waiting one is the router's.
    private static Decision Transfer(TransferToQueue c, Conversation s)
    {
        var note = string.IsNullOrWhiteSpace(c.Note) ? null : MessageText.Clean(c.Note);
        return note?.Length > Conversation.MaxTransferNoteLength ? Decision.Refuse(ConversationErrors.NoteTooLong)
            : s.HasEnded ? Decision.Refuse(ConversationErrors.Ended)
            : s.AgentId is not { } owner || s.IsWaiting ? Decision.Refuse(ConversationErrors.NotAnswered)
            : !IsOwner(c.By, s) && !(c.MayTransferAny && c.By is { Kind: AuthorKind.Agent, Id: not null }) ? Decision.Refuse(ConversationErrors.NotParticipant)
            : c.ToQueueId == s.QueueId ? Decision.Refuse(ConversationErrors.SameQueue)
            : Decision.Accept(new ConversationTransferred(s.Id, s.QueueId, c.ToQueueId, owner, note, c.By, c.Now));
    }
}
