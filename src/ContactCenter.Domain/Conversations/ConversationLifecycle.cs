using ContactCenter.Domain.Common;
using S = ContactCenter.Domain.Conversations.ConversationStatus;

namespace ContactCenter.Domain.Conversations;

/// <summary>
/// The status rules of a conversation, written once (docs/domain.md, "Conversations"): the
/// decider's state and the history row both take their status from here.
/// </summary>
public static class ConversationLifecycle
{
    public static S StatusAfter(S status, ConversationEvent @event) => @event switch
    {
        ConversationStarted or OfferDeclined or ConversationTransferred => S.Queued,
        ParticipantLeft e => e.Requeued ? S.Queued : status,
        ConversationOffered => S.Offered,
        ConversationAssigned or OfferAccepted or TransferAccepted => S.Active,
        // A customer's answer ends the wait on them.
        MessagePosted e => status == S.Pending && e.Author.Kind == AuthorKind.Customer ? S.Active : status,
        ConversationPending => S.Pending,
        ConversationEnded => S.WrapUp,
        ConversationResolved => S.Resolved,
        CustomerLeft e => e.WhileWaiting ? S.Abandoned : S.WrapUp,
        // Only a wrap-up after the end closes; a late finish after a resolve changes nothing.
        WrapUpFinished => status == S.WrapUp ? S.Closed : status,
        PrivateNotePosted or ConversationRated or MessagesRead or ConversationLabeled or ConversationUnlabeled
            or ConversationMovedToQueue or ConversationLinkedToCustomer or TransferOffered or TransferDeclined or WrapUpRecorded
            or ConferenceInvited or ConferenceJoined or ConferenceDeclined => status,
        _ => throw Unhandled.Case(@event),
    };
}
