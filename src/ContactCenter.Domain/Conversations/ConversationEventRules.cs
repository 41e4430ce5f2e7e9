using ContactCenter.Domain.Common;

namespace ContactCenter.Domain.Conversations;

/// <summary>What an event means beyond its stream: who must hear of it, and whether the router may have work.</summary>
public static class ConversationEventRules
{
    /// <summary>The queue's staff see the conversation arrive, change hands or leave the queue's list.</summary>
    public static bool ChangesTheQueue(ConversationEvent @event) => @event switch
    {
        ConversationStarted or ConversationAssigned or OfferAccepted or ConversationOffered or OfferDeclined
            or CustomerLeft or ConversationEnded or ConversationResolved => true,
        // A move is pushed to both queues on its own path.
        ConversationMovedToQueue => false,
        MessagePosted or PrivateNotePosted or ConversationPending or ConversationRated or MessagesRead
            or ConversationLabeled or ConversationUnlabeled or ConversationLinkedToCustomer => false,
        _ => throw Unhandled.Case(@event),
    };

    /// <summary>
    /// A new waiting conversation, or capacity freed or taken: the router may have work, and an
    /// agent's busy state may change (the router keeps it).
    /// </summary>
    public static bool MayAllowAnOffer(ConversationEvent @event) => @event switch
    {
        ConversationStarted or OfferDeclined or ConversationEnded or ConversationResolved or CustomerLeft or ConversationAssigned => true,
        OfferAccepted or ConversationOffered or ConversationMovedToQueue or MessagePosted or PrivateNotePosted or ConversationPending or ConversationRated or MessagesRead
            or ConversationLabeled or ConversationUnlabeled or ConversationLinkedToCustomer => false,
        _ => throw Unhandled.Case(@event),
    };
}
