using ContactCenter.Domain.Common;
using ContactCenter.Domain.Conversations;

namespace ContactCenter.Domain.Metrics.Floor;

// The conversation half of the fold: each step's effect on the conversation's row and, when the
// step closes an interval today, on its queue's tallies. The status comes from the one rule
// (ConversationLifecycle), so the wallboard never disagrees with the desk about it.
public sealed partial class LiveFloor
{
    /// <summary>
    /// Folds one committed step, the stream at <paramref name="version"/> after it. A step already
    /// folded, or of a conversation the floor never saw start, changes nothing.
    /// </summary>
    public FloorChange Apply(ConversationEvent @event, long version)
    {
        if (@event is ConversationStarted started)
        {
            return _conversations.ContainsKey(started.ConversationId) ? FloorChange.None : Start(started, version);
        }

        if (!_conversations.TryGetValue(@event.ConversationId, out var before) || version <= before.Version)
        {
            return FloorChange.None;
        }

        var (after, change) = On(before, @event);
        _conversations[before.Id] = after with { Version = version, Status = ConversationLifecycle.StatusAfter(before.Status, @event) };
        return change;
    }

    private FloorChange Start(ConversationStarted e, long version)
    {
        _conversations[e.ConversationId] = new LiveConversation
        {
            Id = e.ConversationId,
            QueueId = e.QueueId,
            ChannelId = e.ChannelId,
            CustomerId = e.CustomerId,
            StartedAt = e.At,
            WaitingSince = e.At,
            Version = version,
        };
        Count(e.At, e.QueueId, d => d.Entered++);
        return new FloorChange([e.QueueId], [], e.ConversationId);
    }

    private (LiveConversation After, FloorChange Change) On(LiveConversation c, ConversationEvent @event) => @event switch
    {
        ConversationOffered or OfferDeclined or ConversationPending => (c, Row(c)),
        OfferAccepted e => Answer(c, e.AgentId, e.AgentName, e.At),
        ConversationAssigned e => Answer(c, e.AgentId, e.AgentName, e.At),
        MessagePosted e => (e.Author.Kind switch
        {
            AuthorKind.Customer => c with { CustomerWaitingSince = c.CustomerWaitingSince ?? e.At },
            AuthorKind.Agent => c with { CustomerWaitingSince = null },
            // A system line neither asks nor answers.
            _ => c,
        }, Row(c)),
        ConversationEnded => (c, Owner(c)),
        CustomerLeft { WhileWaiting: true } e => (Abandon(c, e.At), Owner(c)),
        CustomerLeft => (c, Owner(c)),
        ConversationResolved e => (EndHandling(c, e.At) with { WaitingSince = null }, Owner(c)),
        // The wrap-up finishing (by the owner, or its time running out) ends the owner's segment as a resolve does.
        WrapUpFinished e => c.Status == ConversationStatus.WrapUp ? (EndHandling(c, e.At), Owner(c)) : (c, FloorChange.None),
        WrapUpRecorded => (c, FloorChange.None),
        ConferenceInvited or ConferenceDeclined => (c, Row(c)),
        // A guest's handle segment is not counted yet (docs/domain.md, "Figures"); their row changes.
        ConferenceJoined e => (c, new FloorChange([], [e.AgentId], c.Id)),
        ParticipantLeft e => Leave(c, e),
        ConversationTransferred e => Transfer(c, e),
        TransferAccepted e => HandOver(c, e),
        // An open transfer to a named agent changes no figure until it is accepted.
        TransferOffered or TransferDeclined => (c, Row(c)),
        ConversationMovedToQueue e => Move(c, e.ToQueueId, e.At),
        ConversationLinkedToCustomer e => (c with { CustomerId = e.ToCustomerId }, Row(c)),
        ConversationRated or ConversationLabeled or ConversationUnlabeled or MessagesRead or PrivateNotePosted or ConversationStarted => (c, FloorChange.None),
        _ => throw Unhandled.Case(@event),
    };

    // The wait ends with an agent: answered, counted on the day of the answer.
    private (LiveConversation, FloorChange) Answer(LiveConversation c, Guid agentId, string agentName, DateTimeOffset at)
    {
        if (c.WaitingSince is { } since)
        {
            Count(at, c.QueueId, d => d.AnsweredWaits.Add(at - since));
        }

        var after = c with { AgentId = agentId, AgentName = agentName, HandlingSince = at, HandledInQueueId = c.QueueId, WaitingSince = null };
        return (after, new FloorChange([c.QueueId], [agentId], c.Id));
    }

    private LiveConversation Abandon(LiveConversation c, DateTimeOffset at)
    {
        if (c.WaitingSince is { } since)
        {
            Count(at, c.QueueId, d => d.AbandonedWaits.Add(at - since));
        }

        return c with { WaitingSince = null };
    }

    // The owner's segment ends when they finish its wrap-up (resolve it) or hand it on, whichever comes.
    private LiveConversation EndHandling(LiveConversation c, DateTimeOffset at)
    {
        if (c is { HandlingSince: { } since, HandledInQueueId: { } queue })
        {
            Count(at, queue, d => d.HandleTimes.Add(at - since));
        }

        return c with { HandlingSince = null, HandledInQueueId = null };
    }

    private (LiveConversation, FloorChange) Transfer(LiveConversation c, ConversationTransferred e)
    {
        Count(e.At, e.FromQueueId, d => d.TransferredOut++);
        var (moved, change) = Move(EndHandling(c, e.At) with { AgentId = null, AgentName = null, Transfers = c.Transfers + 1 }, e.ToQueueId, e.At);
        return (moved, change with { Agents = [e.FromAgentId] });
    }

    // A transfer a named agent accepted: the sender's segment ends and the receiver's begins at
    // once, with no new wait (the customer was never back in a queue).
    private (LiveConversation, FloorChange) HandOver(LiveConversation c, TransferAccepted e)
    {
        Count(e.At, e.FromQueueId, d => d.TransferredOut++);
        var after = EndHandling(c, e.At) with
        {
            AgentId = e.ToAgentId,
            AgentName = e.ToAgentName,
            QueueId = e.ToQueueId,
            HandlingSince = e.At,
            HandledInQueueId = e.ToQueueId,
            Transfers = c.Transfers + 1,
        };
        var left = e.FromQueueId == e.ToQueueId ? null : e.FromQueueId;
        return (after, new FloorChange([.. new[] { e.FromQueueId, e.ToQueueId }.Distinct()], [e.FromAgentId, e.ToAgentId], c.Id, left));
    }

    // A guest goes; an owner hands over to a guest (their segment ends, the guest's begins) or puts it back in the queue.
    private (LiveConversation, FloorChange) Leave(LiveConversation c, ParticipantLeft e)
    {
        if (!e.WasOwner)
        {
            return (c, new FloorChange([], [e.AgentId], c.Id));
        }

        if (e.NewOwnerId is { } next)
        {
            var handedOn = EndHandling(c, e.At) with { AgentId = next, AgentName = e.NewOwnerName, HandlingSince = e.At, HandledInQueueId = c.QueueId };
            return (handedOn, new FloorChange([c.QueueId], [e.AgentId, next], c.Id));
        }

        Count(e.At, c.QueueId, d => d.Entered++);
        var requeued = EndHandling(c, e.At) with { AgentId = null, AgentName = null, WaitingSince = e.At };
        return (requeued, new FloorChange([c.QueueId], [e.AgentId], c.Id));
    }

    // A new wait in the new queue; the old queue's watchers only hear that it left.
    private (LiveConversation, FloorChange) Move(LiveConversation c, string toQueueId, DateTimeOffset at)
    {
        Count(at, toQueueId, d => d.Entered++);
        return (c with { QueueId = toQueueId, WaitingSince = at, CustomerWaitingSince = c.CustomerWaitingSince },
            new FloorChange([c.QueueId, toQueueId], [], c.Id, LeftQueueId: c.QueueId));
    }

    private static FloorChange Row(LiveConversation c) => new([], [], c.Id);

    // Counts, the active and wrap-up figures and the owner's row all change.
    private static FloorChange Owner(LiveConversation c) => new([c.QueueId], c.AgentId is { } agent ? [agent] : [], c.Id);

    private void Count(DateTimeOffset at, string queueId, Action<QueueDay> count)
    {
        if (Today.Contains(at))
        {
            count(Tally(queueId));
        }
    }
}
