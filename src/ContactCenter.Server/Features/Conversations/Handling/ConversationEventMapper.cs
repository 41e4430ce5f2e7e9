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
        ConversationEventDto Dto(string kind, MessageDto? message = null, string? actor = null, int? rating = null, Guid? readUpTo = null) =>
            new(conversationId, step.Version, kind, step.At, step.StatusAfter.ToString(), message, actor, rating, readUpTo);

        return step.Event switch
        {
            ConversationStarted => Dto(K.Started),
            ConversationAssigned e => Dto(K.Assigned, actor: e.AgentName),
            OfferAccepted e => Dto(K.Assigned, actor: e.AgentName),
            ConversationOffered e when audience == Audience.Staff => Dto(K.Offered, actor: e.AgentName),
            OfferDeclined e when audience == Audience.Staff => Dto(K.OfferDeclined, actor: e.Reason),
            MessagePosted e => Dto(K.Message, new MessageDto(e.MessageId, e.Author.Kind.ToString(), e.Author.DisplayName, e.Text)),
            PrivateNotePosted e when audience == Audience.Staff => Dto(K.Note, new MessageDto(e.NoteId, e.Author.Kind.ToString(), e.Author.DisplayName, e.Text)),
            ConversationMovedToQueue e => Dto(K.MovedToQueue, actor: e.ToQueueId),
            ConversationPending e => Dto(K.Pending, actor: e.By.DisplayName),
            ConversationEnded e => Dto(K.Ended, actor: e.By.DisplayName),
            ConversationResolved e => Dto(K.Resolved, actor: e.By.DisplayName),
            CustomerLeft => Dto(K.CustomerLeft),
            ConversationRated e => Dto(K.Rated, rating: e.Rating),
            MessagesRead e when audience == Audience.Staff || e.Reader.Kind != AuthorKind.Customer => Dto(K.Read, actor: e.Reader.DisplayName, readUpTo: e.UpToMessageId),
            _ => Dto(K.Hidden),
        };
    }
}
