using ContactCenter.Contracts.Conversations;
using ContactCenter.Domain.Conversations;
using K = ContactCenter.Contracts.Conversations.ConversationEventKinds;

namespace ContactCenter.Server.Features.Conversations.Handling;

public enum Audience
{
    Staff,
    Customer,
}

/// <summary>
/// Turns committed steps into the small DTOs clients get, never raw domain events. What a customer
/// may not see (private notes, who read what on the staff side) becomes a hidden step that keeps
/// its version, so the customer's versions stay contiguous.
/// </summary>
public static class ConversationEventMapper
{
    public static ConversationEventDto ToDto(Guid conversationId, ConversationStep step, Audience audience)
    {
        var staff = audience == Audience.Staff;
        ConversationEventDto Dto(string kind, MessageDto? message = null, string? actor = null, int? rating = null, Guid? readUpTo = null,
            Guid? actorId = null, DateTimeOffset? until = null, string? label = null, Guid? customerId = null) =>
            new(conversationId, step.Version, kind, step.At, step.StatusAfter.ToString(), message, actor, rating, readUpTo,
                staff ? actorId : null, until, label, staff ? customerId : null);

        return step.Event switch
        {
            ConversationStarted => Dto(K.Started),
            ConversationAssigned e => Dto(K.Assigned, actor: e.AgentName, actorId: e.AgentId),
            OfferAccepted e => Dto(K.Assigned, actor: e.AgentName, actorId: e.AgentId),
            ConversationOffered e when staff => Dto(K.Offered, actor: e.AgentName, actorId: e.AgentId, until: e.ExpiresAt),
            OfferDeclined e when staff => Dto(K.OfferDeclined, actor: e.Reason),
            MessagePosted e => Dto(K.Message, new MessageDto(e.MessageId, e.Author.Kind.ToString(), e.Author.DisplayName, e.Text)),
            PrivateNotePosted e when staff => Dto(K.Note, new MessageDto(e.NoteId, e.Author.Kind.ToString(), e.Author.DisplayName, e.Text)),
            ConversationMovedToQueue e => Dto(K.MovedToQueue, actor: e.ToQueueId),
            ConversationPending e => Dto(K.Pending, actor: e.By.DisplayName),
            ConversationEnded e => Dto(K.Ended, actor: e.By.DisplayName),
            ConversationResolved e => Dto(K.Resolved, actor: e.By.DisplayName),
            CustomerLeft => Dto(K.CustomerLeft),
            ConversationRated e => Dto(K.Rated, rating: e.Rating),
            MessagesRead e when staff || e.Reader.Kind != AuthorKind.Customer => Dto(K.Read, actor: e.Reader.DisplayName, readUpTo: e.UpToMessageId, actorId: e.Reader.Kind == AuthorKind.Agent ? e.Reader.Id : null),
            ConversationLabeled e when staff => Dto(K.Labeled, actor: e.By.DisplayName, label: e.LabelId),
            ConversationUnlabeled e when staff => Dto(K.Unlabeled, actor: e.By.DisplayName, label: e.LabelId),
            ConversationLinkedToCustomer e when staff => Dto(K.CustomerLinked, actor: e.By.DisplayName, actorId: e.By.Id, customerId: e.ToCustomerId),
            _ => Dto(K.Hidden),
        };
    }
}
