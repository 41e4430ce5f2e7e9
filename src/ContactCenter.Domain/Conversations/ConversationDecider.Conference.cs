using ContactCenter.Domain.Common;

namespace ContactCenter.Domain.Conversations;

/// <summary>
/// Conference and leave (docs/domain.md, "Conference"): the owner invites agents, who join as guests
/// and reply while the owner stays the owner; anyone may leave, and an owner leaving hands the chat
/// to the longest-present guest or puts it back in the queue. The stream's version settles races.
/// </summary>
public static partial class ConversationDecider
{
    // Agents already in it, or already invited and not yet answered, are left out: a repeat changes nothing.
    private static Decision Invite(InviteToConference c, Conversation s)
    {
        if (c.Agents.Count == 0)
        {
            return Decision.Refuse(ConversationErrors.NoInvitees);
        }

        if (s.HasEnded || s.IsWaiting || s.AgentId is null)
        {
            return Decision.Refuse(s.HasEnded ? ConversationErrors.Ended : ConversationErrors.NotAnswered);
        }

        if (!IsOwner(c.By, s))
        {
            return Decision.Refuse(ConversationErrors.NotParticipant);
        }

        if (c.Agents.Any(a => a.AgentId == s.AgentId))
        {
            return Decision.Refuse(ConversationErrors.OwnsItAlready);
        }

        var open = s.Invitations.Where(i => i.ExpiresAt > c.Now).Select(i => i.ToAgentId).ToHashSet();
        return Decision.Accept([.. c.Agents.DistinctBy(a => a.AgentId).Where(a => !s.IsGuest(a.AgentId) && !open.Contains(a.AgentId))
            .Select(a => new ConferenceInvited(s.Id, a.InviteId, a.AgentId, a.Name, c.ExpiresAt, c.By, c.Now))]);
    }

    // Accepting at or after the deadline is refused, as for a transfer: the alert's countdown and the server agree.
    private static Decision Join(AcceptInvitation c, Conversation s) =>
        s.IsGuest(c.AgentId) || s.AgentId == c.AgentId && !s.HasEnded ? Decision.NoChange
        : s.HasEnded ? Decision.Refuse(ConversationErrors.Ended)
        : s.Invitations.FirstOrDefault(i => i.ToAgentId == c.AgentId) is not { } invitation ? Decision.Refuse(ConversationErrors.NoInvitation)
        : c.Now >= invitation.ExpiresAt ? Decision.Refuse(ConversationErrors.InvitationExpired)
        : Decision.Accept(new ConferenceJoined(s.Id, invitation.InviteId, c.AgentId, invitation.ToAgentName, c.Now));

    private static Decision DeclineInvite(DeclineInvitation c, Conversation s) =>
        s.Invitations.FirstOrDefault(i => i.ToAgentId == c.AgentId) is { } invitation
            ? Decision.Accept(new ConferenceDeclined(s.Id, invitation.InviteId, c.AgentId, "rejected", c.Now))
            : Decision.Refuse(s.HasEnded ? ConversationErrors.Ended : ConversationErrors.NoInvitation);

    private static Decision Leave(LeaveConversation c, Conversation s)
    {
        if (c.By is not { Kind: AuthorKind.Agent, Id: { } me } || s.HasEnded)
        {
            return Decision.Refuse(s.HasEnded ? ConversationErrors.Ended : ConversationErrors.NotInConversation);
        }

        if (s.Guests.FirstOrDefault(g => g.AgentId == me) is { } guest)
        {
            return Decision.Accept(new ParticipantLeft(s.Id, me, guest.Name, false, null, null, false, c.Now));
        }

        if (me != s.AgentId || s.IsWaiting)
        {
            return Decision.Refuse(ConversationErrors.NotInConversation);
        }

        return s.Guests.Count > 0 && !c.Requeue
            ? Decision.Accept(new ParticipantLeft(s.Id, me, c.By.DisplayName, true, s.Guests[0].AgentId, s.Guests[0].Name, false, c.Now))
            : Decision.Accept(new ParticipantLeft(s.Id, me, c.By.DisplayName, true, null, null, true, c.Now));
    }

    // A conversation that ends or goes back to a queue withdraws its open invitations in the same
    // commit, so the invited agents' alerts close and a late accept finds nothing.
    private static Decision ClosingOpenInvitations(Decision decision, Conversation? s)
    {
        if (s is not { Invitations.Count: > 0 } || decision.Error is not null
            || !decision.Events.Any(e => e is ConversationEnded or CustomerLeft or ConversationResolved or ConversationTransferred or ParticipantLeft { Requeued: true }))
        {
            return decision;
        }

        var at = decision.Events.OfType<ConversationEvent>().First().At;
        return decision with { Events = [.. s.Invitations.Select(i => new ConferenceDeclined(s.Id, i.InviteId, i.ToAgentId, "ended", at)), .. decision.Events] };
    }
}
