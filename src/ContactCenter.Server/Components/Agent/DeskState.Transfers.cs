using ContactCenter.Contracts.Conversations;
using ContactCenter.Server.Components.Agent.Transfers;

namespace ContactCenter.Server.Components.Agent;

/// <summary>
/// Transfers to a named agent on the desk: the ones offered to this agent (an alert of their own,
/// pushed to the agent's group since they do not follow the chat yet) and the ones this agent sent
/// (the chat stays theirs until answered; a rejection or timeout comes back with its reason).
/// </summary>
public sealed partial class DeskState
{
    private readonly Dictionary<Guid, TransferOffer> _transferOffers = [];
    private readonly Dictionary<Guid, SentTransfer> _sentTransfers = [];

    /// <summary>A transfer offered to this agent: notify and play its own sound.</summary>
    public event Action<TransferOffer>? TransferArrived;

    /// <summary>A transfer this agent sent ended without a new owner, with the reason ("rejected", "expired", "ended").</summary>
    public event Action<SentTransfer, string>? TransferReturned;

    public IReadOnlyList<TransferOffer> TransferOffers
    {
        get
        {
            lock (_gate)
            {
                return [.. _transferOffers.Values.OrderBy(t => t.ExpiresAt)];
            }
        }
    }

    public SentTransfer? SentTransferOf(Guid conversationId)
    {
        lock (_gate)
        {
            return _sentTransfers.GetValueOrDefault(conversationId);
        }
    }

    /// <summary>Accepts a transfer: the conversation becomes the agent's and its transcript fills.</summary>
    public async Task AcceptTransferAsync(Guid conversationId)
    {
        KeepTranscript(conversationId);
        await Client!.AcceptTransferAsync(conversationId);
        Forget(conversationId);
        await LoadInboxAsync();
    }

    public async Task RejectTransferAsync(Guid conversationId)
    {
        await Client!.RejectTransferAsync(conversationId);
        Forget(conversationId);
        Changed?.Invoke();
    }

    private void Forget(Guid conversationId)
    {
        lock (_gate)
        {
            _transferOffers.Remove(conversationId);
        }
    }

    private void OnTransferStep(ConversationEventDto step)
    {
        TransferOffer? arrived = null;
        (SentTransfer Sent, string Reason)? returned = null;
        lock (_gate)
        {
            var id = step.ConversationId;
            switch (step.Payload)
            {
                case TransferOfferedStep s:
                    if (s.ToAgentId == Me)
                    {
                        _transferOffers[id] = arrived = new TransferOffer(id, s.ByName, s.Note, s.ToQueueId, s.ExpiresAt);
                    }

                    if (s.FromAgentId == Me)
                    {
                        _sentTransfers[id] = new SentTransfer(id, s.ToAgentName);
                    }

                    break;
                case TransferAcceptedStep:
                    _transferOffers.Remove(id);
                    _sentTransfers.Remove(id);
                    break;
                case TransferDeclinedStep s:
                    _transferOffers.Remove(id);
                    if (_sentTransfers.Remove(id, out var sent) && s.Reason != "ended")
                    {
                        returned = (sent, s.Reason);
                    }

                    break;
            }
        }

        if (arrived is not null)
        {
            TransferArrived?.Invoke(arrived);
        }

        if (returned is { } back)
        {
            TransferReturned?.Invoke(back.Sent, back.Reason);
        }
    }
}
