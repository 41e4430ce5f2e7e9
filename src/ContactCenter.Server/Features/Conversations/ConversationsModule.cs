using ContactCenter.Domain.Conversations;
using JasperFx.Events.Projections;
using Marten;

namespace ContactCenter.Server.Features.Conversations;

public static class ConversationsModule
{
    public static void Configure(StoreOptions options)
    {
        options.Events.AddEventTypes(
        [
            typeof(ConversationStarted), typeof(ConversationAssigned), typeof(MessagePosted),
            typeof(ConversationResolved), typeof(ConversationRated), typeof(ConversationLabeled), typeof(ConversationUnlabeled), typeof(PrivateNotePosted), typeof(ConversationEnded),
            typeof(CustomerLeft), typeof(ConversationPending), typeof(MessagesRead), typeof(ConversationOffered),
            typeof(OfferAccepted), typeof(OfferDeclined), typeof(ConversationMovedToQueue), typeof(ConversationLinkedToCustomer),
        ]);
        // Inline: an agent reading a customer's history right after a change must see it.
        options.Projections.Add<ConversationHistoryProjection>(ProjectionLifecycle.Inline);
        options.Schema.For<ConversationHistory>().Index(c => c.CustomerId).Index(c => c.StartedByCustomerId);
        options.Schema.For<Label>();
        options.Schema.For<CannedResponse>();
    }
}
