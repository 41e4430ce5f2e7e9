using ContactCenter.Domain.Common;

namespace ContactCenter.Domain.Conversations;

/// <summary>What an event means beyond its stream: who must hear of it, and whether the router may have work.</summary>
public static class ConversationEventRules
{
    /// <summary>The queue's staff see the conversation arrive, change hands or leave the queue's list.</summary>
    public static bool ChangesTheQueue(ConversationEvent @event) => @event switch
    {
        ConversationStarted or ConversationAssigned or OfferAccepted or ConversationOffered or OfferDeclined
            or CustomerLeft or ConversationEnded or ConversationResolved or WrapUpFinished => true,
        // The owner changes, or it waits in the queue again.
        ParticipantLeft e => e.WasOwner,
        // Guests and invitations are the participants' business (see TellsAgent).
        ConferenceInvited or ConferenceJoined or ConferenceDeclined => false,
        // A move or a transfer is pushed to both queues on its own path.
        ConversationMovedToQueue or ConversationTransferred => false,
        // A transfer accepted within the queue changes hands there; across queues it is a move.
        TransferAccepted e => e.FromQueueId == e.ToQueueId,
        // An open transfer is the sender's and the offered agent's business (see TellsAgent).
        TransferOffered or TransferDeclined => false,
        MessagePosted or PrivateNotePosted or ConversationPending or ConversationRated or MessagesRead
            or ConversationLabeled or ConversationUnlabeled or ConversationLinkedToCustomer or WrapUpRecorded => false,
        _ => throw Unhandled.Case(@event),
    };

    /// <summary>The queues a conversation left and entered by this event, or null when it stayed where it was.</summary>
    public static QueueMove? MovesQueue(ConversationEvent @event) => @event switch
    {
        ConversationMovedToQueue e => new QueueMove(e.FromQueueId, e.ToQueueId),
        ConversationTransferred e => new QueueMove(e.FromQueueId, e.ToQueueId),
        TransferAccepted e => e.FromQueueId == e.ToQueueId ? null : new QueueMove(e.FromQueueId, e.ToQueueId),
        TransferOffered or TransferDeclined => null,
        ConversationStarted or ConversationAssigned or OfferAccepted or ConversationOffered or OfferDeclined or CustomerLeft
            or ConversationEnded or ConversationResolved or MessagePosted or PrivateNotePosted or ConversationPending or ConversationRated
            or MessagesRead or ConversationLabeled or ConversationUnlabeled or ConversationLinkedToCustomer or WrapUpRecorded or WrapUpFinished
            or ConferenceInvited or ConferenceJoined or ConferenceDeclined or ParticipantLeft => null,
        _ => throw Unhandled.Case(@event),
    };

    /// <summary>
    /// A new waiting conversation, or capacity freed or taken: the router may have work, and an
    /// agent's busy state may change (the router keeps it).
    /// </summary>
    public static bool MayAllowAnOffer(ConversationEvent @event) => @event switch
    {
        ConversationStarted or OfferDeclined or ConversationEnded or ConversationResolved or CustomerLeft or ConversationAssigned
            or ConversationTransferred => true,
        // An open transfer reserves the offered agent's capacity; its answer frees the sender's or the target's.
        TransferOffered or TransferAccepted or TransferDeclined => true,
        // A seat held for wrap-up frees when it finishes (docs/domain.md, "Wrap-up").
        WrapUpFinished => true,
        // A guest's seat (when the queue counts it) is taken or freed; a re-queued chat waits again.
        ConferenceJoined or ParticipantLeft => true,
        ConferenceInvited or ConferenceDeclined => false,
        OfferAccepted or ConversationOffered or ConversationMovedToQueue or MessagePosted or PrivateNotePosted or ConversationPending or ConversationRated or MessagesRead
            or ConversationLabeled or ConversationUnlabeled or ConversationLinkedToCustomer or WrapUpRecorded => false,
        _ => throw Unhandled.Case(@event),
    };

    /// <summary>
    /// The agent who must hear of this event though they do not follow the conversation: the one a
    /// transfer is offered to (the offer, its answer, its end), the one invited to a conference, or null.
    /// </summary>
    public static Guid? TellsAgent(ConversationEvent @event) => @event switch
    {
        TransferOffered e => e.ToAgentId,
        TransferAccepted e => e.ToAgentId,
        TransferDeclined e => e.ToAgentId,
        ConversationStarted or ConversationAssigned or OfferAccepted or ConversationOffered or OfferDeclined or CustomerLeft
            or ConversationEnded or ConversationResolved or MessagePosted or PrivateNotePosted or ConversationPending or ConversationRated
            or MessagesRead or ConversationLabeled or ConversationUnlabeled or ConversationLinkedToCustomer or ConversationMovedToQueue
            or ConversationTransferred or WrapUpRecorded or WrapUpFinished or ParticipantLeft => null,
        // The invited agent hears of the invitation, their joining and its end though they do not follow yet.
        ConferenceInvited e => e.ToAgentId,
        ConferenceJoined e => e.AgentId,
        ConferenceDeclined e => e.ToAgentId,
        _ => throw Unhandled.Case(@event),
    };
}

/// <summary>A conversation's move from one queue to another.</summary>
public sealed record QueueMove(string FromQueueId, string ToQueueId);
