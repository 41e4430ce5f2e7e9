using ContactCenter.Contracts.Agents;
using ContactCenter.Contracts.Conversations;

namespace ContactCenter.Server.Components.Agent;

/// <summary>
/// The desk's live side: hub pushes folded into rows, transcripts and presence. These run on the
/// hub client's threads, so they take the lock, never await a hub call (docs/realtime.md, rule 10), and hand
/// any re-read to a task of its own.
/// </summary>
public sealed partial class DeskState
{
    private void OnStep(ConversationEventDto step, bool followed)
    {
        var unknown = false;
        var mine = false;
        lock (_gate)
        {
            if (followed && _transcripts.TryGetValue(step.ConversationId, out var transcript))
            {
                transcript.Add(step);
                if (step.Payload is MessageStep { Message.AuthorKind: AuthorKindDto.Customer })
                {
                    transcript.Typing = null;
                }
            }

            if (_rows.TryGetValue(step.ConversationId, out var row))
            {
                mine = row.IsMine(Me);
                var updated = row.With(step);
                // Gone: abandoned, answered by someone else, or moved or transferred to a queue the agent may not be in (the inbox re-reads to tell).
                var gone = updated.Item.Status == ConversationStatusDto.Abandoned || (updated.Item.AgentId is { } owner && owner != Me && !updated.IsGuest(Me))
                    || step.Payload is MovedToQueueStep or TransferredStep;
                if (gone)
                {
                    _rows.Remove(step.ConversationId);
                }
                else
                {
                    _rows[step.ConversationId] = updated with { Unread = _transcripts.GetValueOrDefault(step.ConversationId)?.Unread ?? 0 };
                }
            }
            else
            {
                unknown = Reread(step.Payload) is not DeskReread.None;
            }
        }

        OnTransferStep(step);
        OnInvitationStep(step);
        if (mine && CountsForMe(step.Payload))
        {
            FiguresMoved?.Invoke();
        }

        if (step.Payload is OfferedStep offered && offered.AgentId == Me)
        {
            // Fetched outside the hub's callback: a hub call awaited here would stall its receive loop.
            _ = Task.Run(() => AnnounceOfferAsync(step.ConversationId));
        }
        else if (unknown || Reread(step.Payload) is DeskReread.Always)
        {
            _ = Task.Run(() => GuardAsync(LoadInboxAsync));
        }

        Changed?.Invoke();
    }

    private async Task AnnounceOfferAsync(Guid conversationId)
    {
        await GuardAsync(LoadInboxAsync);
        if (Inbox.FirstOrDefault(r => r.Id == conversationId && r.IsOfferTo(Me)) is { } offer)
        {
            OfferArrived?.Invoke(offer);
        }
    }

    private void OnTyping(TypingDto typing)
    {
        if (TranscriptOf(typing.ConversationId) is { } transcript)
        {
            transcript.Typing = typing.IsTyping ? typing.Name : null;
            Changed?.Invoke();
        }
    }

    /// <summary>Shows a presence the agent's own command returned, ahead of its push.</summary>
    public void Apply(AgentPresenceDto presence) => OnPresence(presence);

    private void OnPresence(AgentPresenceDto presence)
    {
        lock (_gate)
        {
            if (presence.AgentId != Me || (Presence is { } known && known.Version >= presence.Version))
            {
                return;
            }

            Presence = presence;
        }

        Changed?.Invoke();
    }

    private void OnConnectionChanged()
    {
        if (Connected && _starting is { IsCompleted: true })
        {
            // Waiting chats and offers may have changed while away; followed transcripts catch up by version.
            _ = Task.Run(() => GuardAsync(async () =>
            {
                OnPresence(await Client!.GetMyPresenceAsync());
                await LoadInboxAsync();
            }));
        }

        Changed?.Invoke();
    }

    private async Task GuardAsync(Func<Task> work)
    {
        try
        {
            await work();
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            LogRefreshFailed(logger, e);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Refreshing the desk failed; it refreshes again at the next change or reconnect")]
    private static partial void LogRefreshFailed(ILogger logger, Exception exception);
}
