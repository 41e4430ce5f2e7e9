using ContactCenter.Domain.Common;

namespace ContactCenter.Domain.Conversations;

/// <summary>
/// Transfer to a named agent (docs/domain.md, "Conversations": transfer): an offer to that agent
/// while the sender stays the owner. The stream's version settles every race: whichever of accept,
/// reject, expiry or the chat's end is written first wins, and the others are refused or no-ops.
/// </summary>
public static partial class ConversationDecider
{
    private static Decision OfferTransfer(TransferToAgent c, Conversation s)
    {
        var note = string.IsNullOrWhiteSpace(c.Note) ? null : MessageText.Clean(c.Note);
        return note?.Length > Conversation.MaxTransferNoteLength ? Decision.Refuse(ConversationErrors.NoteTooLong)
            : s.Transfer?.OfferId == c.OfferId ? Decision.NoChange
            : s.HasEnded ? Decision.Refuse(ConversationErrors.Ended)
            : s.AgentId is not { } owner || s.IsWaiting ? Decision.Refuse(ConversationErrors.NotAnswered)
            : !IsOwner(c.By, s) && !(c.MayTransferAny && c.By is { Kind: AuthorKind.Agent, Id: not null }) ? Decision.Refuse(ConversationErrors.NotParticipant)
            : c.ToAgentId == owner ? Decision.Refuse(ConversationErrors.OwnsItAlready)
            : s.Transfer is not null ? Decision.Refuse(ConversationErrors.TransferOpen)
            : Decision.Accept(new TransferOffered(s.Id, owner, c.ToAgentId, c.ToAgentName, c.ToQueueId, c.OfferId, note, c.ExpiresAt, c.By, c.Now));
    }

    // Accepting at or after the deadline is refused even before the router writes the expiry,
    // so the desk's countdown and the server agree on who lost.
    private static Decision AnswerTransfer(AcceptTransfer c, Conversation s) =>
        s is { Transfer: { } t, AgentId: { } owner } && t.ToAgentId == c.AgentId
            ? c.Now >= t.ExpiresAt ? Decision.Refuse(ConversationErrors.TransferExpired)
            : Decision.Accept(new TransferAccepted(s.Id, owner, c.AgentId, t.ToAgentName, s.QueueId, t.ToQueueId, t.OfferId, c.Now))
        : s.Transfer is null && s.AgentId == c.AgentId && !s.HasEnded ? Decision.NoChange
        : Decision.Refuse(s.HasEnded ? ConversationErrors.Ended : ConversationErrors.NoTransfer);

    private static Decision RefuseTransfer(RejectTransfer c, Conversation s) =>
        s.Transfer is { } t && t.ToAgentId == c.AgentId && s.AgentId is { } owner
            ? Decision.Accept(new TransferDeclined(s.Id, owner, c.AgentId, t.OfferId, "rejected", c.Now))
            : Decision.Refuse(s.HasEnded ? ConversationErrors.Ended : ConversationErrors.NoTransfer);

    private static Decision ExpireTransferOffer(ExpireTransfer c, Conversation s) =>
        s.Transfer is { } t && t.OfferId == c.OfferId && c.Now >= t.ExpiresAt && s.AgentId is { } owner
            ? Decision.Accept(new TransferDeclined(s.Id, owner, t.ToAgentId, t.OfferId, "expired", c.Now))
            : Decision.NoChange;

    // A conversation that ends or leaves its owner's hands takes its open transfer offer with it,
    // in the same commit, so the offered agent's alert closes and a late accept finds nothing.
    private static Decision ClosingOpenTransfer(Decision decision, Conversation? s)
    {
        if (s is not { Transfer: { } t, AgentId: { } owner } || decision.Error is not null
            || !decision.Events.Any(e => e is ConversationEnded or CustomerLeft or ConversationResolved or ConversationTransferred or ParticipantLeft { WasOwner: true }))
        {
            return decision;
        }

        var at = decision.Events.OfType<ConversationEvent>().First().At;
        return decision with { Events = [new TransferDeclined(s.Id, owner, t.ToAgentId, t.OfferId, "ended", at), .. decision.Events] };
    }
}
