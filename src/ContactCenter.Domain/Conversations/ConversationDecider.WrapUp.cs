using ContactCenter.Domain.Common;

namespace ContactCenter.Domain.Conversations;

/// <summary>
/// Wrap-up (docs/domain.md, "Wrap-up"): the owner records codes and notes during or after the
/// conversation; after the end, the wrap-up finishes by the owner's hand or, when the queue sets a
/// wrap-up time, by the router's. Whichever is written first wins; the other changes nothing.
/// </summary>
public static partial class ConversationDecider
{
    private static Decision WrapUp(RecordWrapUp c, Conversation s)
    {
        var note = string.IsNullOrWhiteSpace(c.Note) ? null : MessageText.Clean(c.Note);
        var code = string.IsNullOrWhiteSpace(c.ReasonCodeId) ? null : c.ReasonCodeId;
        return s.PostIds.Contains(c.WrapUpId) ? Decision.NoChange
            : code is null && note is null ? Decision.Refuse(ConversationErrors.WrapUpEmpty)
            : note?.Length > Conversation.MaxWrapUpNoteLength ? Decision.Refuse(ConversationErrors.WrapUpNoteTooLong)
            // Only the owner wraps up; a conversation nobody answered has nothing to wrap up.
            : !IsOwner(c.By, s) ? Decision.Refuse(s.AgentId is null ? ConversationErrors.NotAnswered : ConversationErrors.NotParticipant)
            : Decision.Accept(new WrapUpRecorded(s.Id, c.WrapUpId, s.AgentId!.Value, code, code is null ? null : c.ReasonName, note, c.By, c.Now));
    }

    private static Decision Finish(FinishWrapUp c, Conversation s) => ByOwner(c.By, s, () =>
        s.Status == ConversationStatus.WrapUp ? Decision.Accept(new WrapUpFinished(s.Id, s.AgentId!.Value, "finished", c.Now))
        : s.HasEnded ? Decision.NoChange
        : Decision.Refuse(ConversationErrors.NotInWrapUp));

    private static Decision ExpireWrapUpTime(ExpireWrapUp c, Conversation s) =>
        s is { Status: ConversationStatus.WrapUp, AgentId: { } owner } ? Decision.Accept(new WrapUpFinished(s.Id, owner, "timed-out", c.Now)) : Decision.NoChange;
}
