using ContactCenter.Contracts.Conversations;
using ContactCenter.Contracts.Customers;
using ContactCenter.Contracts.Desk;
using ContactCenter.Contracts.Queues;
using ContactCenter.Domain.Access;
using ContactCenter.Server.Features.Access.Authorization;
using ContactCenter.Server.Features.Conversations.CannedResponses;
using ContactCenter.Server.Features.Conversations.Conferencing;
using ContactCenter.Server.Features.Conversations.Following;
using ContactCenter.Server.Features.Conversations.Messaging;
using ContactCenter.Server.Features.Conversations.Offers;
using ContactCenter.Server.Features.Conversations.Reading;
using ContactCenter.Server.Features.Conversations.Status;
using ContactCenter.Server.Features.Conversations.Taking;
using ContactCenter.Server.Features.Conversations.Transferring;
using ContactCenter.Server.Features.Conversations.Typing;
using ContactCenter.Server.Features.Conversations.Waiting;
using ContactCenter.Server.Features.Conversations.WrappingUp;

namespace ContactCenter.Server.Realtime;

/// <summary>The agent hub's conversation methods: take from the queue, answer offers, follow, chat, note, change status.</summary>
public sealed partial class AgentHub
{
    public Task<IReadOnlyList<ConversationSummaryDto>> GetWaiting() => Use<ListWaitingHandler>().ExecuteAsync(Me, Aborted);

    [RequirePermission(Permissions.ConversationsAssignOwnQueues)]
    public Task<CommandAck> Take(Guid conversationId) =>
        Use<TakeConversationHandler>().ExecuteAsync(Me, new TakeRequest(conversationId), Following, Aborted).AnswerAsync();

    [RequirePermission(Permissions.ConversationsReply)]
    public Task<CommandAck> AcceptOffer(Guid conversationId) => Use<AnswerOfferHandler>().AcceptAsync(Me, conversationId, Following, Aborted).AnswerAsync();

    public Task<CommandAck> RejectOffer(Guid conversationId) => Use<AnswerOfferHandler>().RejectAsync(Me, conversationId, Aborted).AnswerAsync();

    public Task<IReadOnlyList<ConversationEventDto>> GetEventsSince(Guid conversationId, long afterVersion) =>
        Use<FollowConversationHandler>().AsStaffAsync(Me, new StepsRequest(conversationId, afterVersion), Following, Aborted).AnswerAsync();

    [RequirePermission(Permissions.ConversationsReply)]
    public Task<IReadOnlyList<CannedResponseDto>> FindCannedResponses(string shortcut) => Use<FindCannedResponsesHandler>().ExecuteAsync(shortcut, Aborted);

    [RequirePermission(Permissions.ConversationsReply)]
    public Task<CommandAck> SendMessage(Guid conversationId, Guid messageId, string text)
    {
        SendRateLimit.Check(Context);
        return Use<SendMessageHandler>().AsAgentAsync(Me, new SendMessageRequest(conversationId, messageId, text), Aborted).AnswerAsync();
    }

    [RequirePermission(Permissions.ConversationsWrapUp)]
    public Task<CommandAck> PostNote(Guid conversationId, Guid noteId, string text)
    {
        SendRateLimit.Check(Context);
        return Use<PostNoteHandler>().ExecuteAsync(Me, new PostNoteRequest(conversationId, noteId, text), Aborted).AnswerAsync();
    }

    [RequirePermission(Permissions.ConversationsWrapUp)]
    public Task<CommandAck> RecordWrapUp(Guid conversationId, Guid wrapUpId, string? reasonCodeId, string? note) =>
        Use<WrapUpHandler>().RecordAsync(Me, new WrapUpRequest(conversationId, wrapUpId, reasonCodeId, note), Aborted).AnswerAsync();

    [RequirePermission(Permissions.ConversationsWrapUp)]
    public Task<CommandAck> FinishWrapUp(Guid conversationId) => Use<WrapUpHandler>().FinishAsync(Me, conversationId, Aborted).AnswerAsync();

    [RequirePermission(Permissions.ConversationsConference)]
    public Task<CommandAck> InviteToConference(Guid conversationId, string queueId, IReadOnlyList<Guid> agentIds) =>
        Use<InviteToConferenceHandler>().ExecuteAsync(Me, new InviteRequest(conversationId, queueId, agentIds), Aborted).AnswerAsync();

    [RequirePermission(Permissions.ConversationsReply)]
    public Task<CommandAck> AcceptInvitation(Guid conversationId) => Use<AnswerInvitationHandler>().AcceptAsync(Me, conversationId, Following, Aborted).AnswerAsync();

    public Task<CommandAck> DeclineInvitation(Guid conversationId) => Use<AnswerInvitationHandler>().DeclineAsync(Me, conversationId, Aborted).AnswerAsync();

    [RequirePermission(Permissions.ConversationsLeave)]
    public Task<CommandAck> Leave(Guid conversationId) => Use<LeaveConversationHandler>().ExecuteAsync(Me, conversationId, Aborted).AnswerAsync();

    [RequirePermission(Permissions.ConversationsWrapUp)]
    public Task<IReadOnlyList<ReasonCodeDto>> GetWrapUpCodes() => Use<ListWrapUpCodesHandler>().ExecuteAsync(Aborted);

    public async Task Typing(Guid conversationId, bool isTyping)
    {
        SendRateLimit.Check(Context);
        if (await Use<ShowTypingHandler>().AsAgentAsync(Me, new TypingRequest(conversationId, isTyping), Aborted).AnswerAsync() is { } typing)
        {
            // Not awaited: a customer's frozen tab must not hold up this agent's next call.
            pushes.TryStart(() => customers.Clients.Group(ConversationGroups.Conversation(conversationId)).Typing(typing));
        }
    }

    [RequirePermission(Permissions.ConversationsStatusChange)]
    public Task<CommandAck> SetPending(Guid conversationId) => ChangeStatus(conversationId, StatusChange.Pending);

    [RequirePermission(Permissions.ConversationsStatusChange)]
    public Task<CommandAck> Resolve(Guid conversationId) => ChangeStatus(conversationId, StatusChange.Resolved);

    [RequirePermission(Permissions.ConversationsStatusChange)]
    public Task<CommandAck> End(Guid conversationId) => ChangeStatus(conversationId, StatusChange.Ended);

    [RequirePermission(Permissions.ConversationsTransfer)]
    public Task<CommandAck> TransferToQueue(Guid conversationId, string queueId, string? note) =>
        Use<TransferConversationHandler>().ExecuteAsync(Me, new TransferRequest(conversationId, queueId, note), Aborted).AnswerAsync();

    [RequirePermission(Permissions.ConversationsTransfer)]
    public Task<IReadOnlyList<QueueSummary>> GetTransferQueues(Guid conversationId) =>
        Use<ListTransferQueuesHandler>().ExecuteAsync(Me, conversationId, Aborted).AnswerAsync();

    [RequirePermission(Permissions.ConversationsTransfer)]
    public Task<CommandAck> TransferToAgent(Guid conversationId, string queueId, Guid agentId, string? note) =>
        Use<TransferToAgentHandler>().ExecuteAsync(Me, new TransferToAgentRequest(conversationId, queueId, agentId, note), Aborted).AnswerAsync();

    [RequirePermission(Permissions.ConversationsTransfer)]
    public Task<IReadOnlyList<TransferAgentDto>> GetTransferAgents(Guid conversationId, string queueId) =>
        Use<ListTransferAgentsHandler>().ExecuteAsync(Me, conversationId, queueId, Aborted).AnswerAsync();

    [RequirePermission(Permissions.ConversationsReply)]
    public Task<CommandAck> AcceptTransfer(Guid conversationId) => Use<AnswerTransferHandler>().AcceptAsync(Me, conversationId, Following, Aborted).AnswerAsync();

    public Task<CommandAck> RejectTransfer(Guid conversationId) => Use<AnswerTransferHandler>().RejectAsync(Me, conversationId, Aborted).AnswerAsync();

    public Task<CommandAck> MarkRead(Guid conversationId, Guid upToMessageId) =>
        Use<MarkReadHandler>().AsAgentAsync(Me, new MarkReadRequest(conversationId, upToMessageId), Aborted).AnswerAsync();

    private Task<CommandAck> ChangeStatus(Guid conversationId, StatusChange change) =>
        Use<ChangeStatusHandler>().ExecuteAsync(Me, new ChangeStatusRequest(conversationId, change), Aborted).AnswerAsync();
}
