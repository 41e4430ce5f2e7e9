using ContactCenter.Domain.Conversations;
using ContactCenter.Server.Features.Conversations.CannedResponses;
using ContactCenter.Server.Features.Conversations.Chatting;
using ContactCenter.Server.Features.Conversations.Conferencing;
using ContactCenter.Server.Features.Conversations.Following;
using ContactCenter.Server.Features.Conversations.Inbox;
using ContactCenter.Server.Features.Conversations.Labeling;
using ContactCenter.Server.Features.Conversations.Linking;
using ContactCenter.Server.Features.Conversations.Messaging;
using ContactCenter.Server.Features.Conversations.Offers;
using ContactCenter.Server.Features.Conversations.Reading;
using ContactCenter.Server.Features.Conversations.Status;
using ContactCenter.Server.Features.Conversations.Taking;
using ContactCenter.Server.Features.Conversations.Transferring;
using ContactCenter.Server.Features.Conversations.Typing;
using ContactCenter.Server.Features.Conversations.Waiting;
using ContactCenter.Server.Features.Conversations.WrappingUp;
using JasperFx.Events.Projections;
using Marten;

namespace ContactCenter.Server.Features.Conversations;

public static class ConversationsModule
{
    /// <summary>The conversations' events and documents in the one store, and a handler per use case.</summary>
    public static IServiceCollection AddConversationsModule(this IServiceCollection services)
    {
        services.ConfigureMarten(Configure);
        services.AddSingleton<TakeConversationHandler>();
        services.AddSingleton<AnswerOfferHandler>();
        services.AddSingleton<FollowConversationHandler>();
        services.AddSingleton<SendMessageHandler>();
        services.AddSingleton<PostNoteHandler>();
        services.AddSingleton<WrapUpHandler>();
        services.AddSingleton<InviteToConferenceHandler>();
        services.AddSingleton<AnswerInvitationHandler>();
        services.AddSingleton<LeaveConversationHandler>();
        services.AddSingleton<ListWrapUpCodesHandler>();
        services.AddSingleton<MarkReadHandler>();
        services.AddSingleton<ChangeStatusHandler>();
        services.AddSingleton<TransferConversationHandler>();
        services.AddSingleton<TransferToAgentHandler>();
        services.AddSingleton<ListTransferAgentsHandler>();
        services.AddSingleton<AnswerTransferHandler>();
        services.AddSingleton<ListTransferQueuesHandler>();
        services.AddSingleton<ShowTypingHandler>();
        services.AddSingleton<LabelConversationHandler>();
        services.AddSingleton<ListLabelsHandler>();
        services.AddSingleton<LinkCustomerHandler>();
        services.AddSingleton<ListLinkedProfilesHandler>();
        services.AddSingleton<ListWaitingHandler>();
        services.AddSingleton<ReadQueuePositionHandler>();
        services.AddSingleton<ReadInboxHandler>();
        services.AddSingleton<FindCannedResponsesHandler>();
        services.AddSingleton<MyChatsHandler>();
        services.AddSingleton<LeaveChatHandler>();
        services.AddSingleton<RateChatHandler>();
        return services;
    }

    private static void Configure(StoreOptions options)
    {
        // Every subtype of the domain's base record: a new event is registered by being declared.
        options.Events.AddEventTypes(ConversationEventTypes.All);
        // Inline: an agent reading a customer's history right after a change must see it.
        options.Projections.Add<ConversationHistoryProjection>(ProjectionLifecycle.Inline);
        ConversationIndexes.Configure(options.Schema.For<ConversationHistory>());
        options.Schema.For<Label>();
        options.Schema.For<CannedResponse>();
    }
}
