using ContactCenter.Contracts.Conversations;
using ContactCenter.Server.Components.Agent.Conference;

namespace ContactCenter.Server.Components.Agent;

/// <summary>
/// Invitations to join a conversation as a guest: an alert of their own for the invited agent,
/// pushed to the agent's group since they do not follow the chat yet, closed by their answer, the
/// chat's end, or (on the desk only) their countdown.
/// </summary>
public sealed partial class DeskState
{
    private readonly Dictionary<Guid, Invitation> _invitations = [];

    /// <summary>An invitation to this agent: notify and play its own sound.</summary>
    public event Action<Invitation>? InvitationArrived;

    public IReadOnlyList<Invitation> Invitations
    {
        get
        {
            lock (_gate)
            {
                return [.. _invitations.Values.OrderBy(i => i.ExpiresAt)];
            }
        }
    }

    /// <summary>Joins as a guest: the conversation shows in the inbox and its transcript fills.</summary>
    public async Task AcceptInvitationAsync(Guid conversationId)
    {
        KeepTranscript(conversationId);
        await Client!.AcceptInvitationAsync(conversationId);
        ForgetInvitation(conversationId);
        await LoadInboxAsync();
    }

    public async Task DeclineInvitationAsync(Guid conversationId)
    {
        await Client!.DeclineInvitationAsync(conversationId);
        ForgetInvitation(conversationId);
        Changed?.Invoke();
    }

    private void ForgetInvitation(Guid conversationId)
    {
        lock (_gate)
        {
            _invitations.Remove(conversationId);
        }
    }

    private void OnInvitationStep(ConversationEventDto step)
    {
        Invitation? arrived = null;
        lock (_gate)
        {
            switch (step.Payload)
            {
                case ConferenceInvitedStep s when s.ToAgentId == Me:
                    _invitations[step.ConversationId] = arrived = new Invitation(step.ConversationId, s.ByName, s.ExpiresAt);
                    break;
                case GuestJoinedStep s when s.AgentId == Me:
                case ConferenceDeclinedStep d when d.ToAgentId == Me:
                    _invitations.Remove(step.ConversationId);
                    break;
            }
        }

        if (arrived is not null)
        {
            InvitationArrived?.Invoke(arrived);
        }
    }
}
