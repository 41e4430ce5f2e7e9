using System.Security.Claims;
using ContactCenter.Contracts.Conversations;
using ContactCenter.Contracts.Realtime;
using ContactCenter.Server.Features.Access.Authentication;
using ContactCenter.Server.Features.Conversations.Chatting;
using ContactCenter.Server.Features.Conversations.Following;
using ContactCenter.Server.Features.Conversations.Messaging;
using ContactCenter.Server.Features.Conversations.Reading;
using ContactCenter.Server.Features.Conversations.Typing;
using ContactCenter.Server.Features.Conversations.Waiting;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.SignalR;

namespace ContactCenter.Server.Realtime;

/// <summary>
/// The widget's hub, an entry like the agent hub: each method is one call of a use case, whose
/// rule is that a customer acts only in their own chats (<see cref="CustomerConversations"/>).
/// Group membership is rebuilt on every connect, never taken from the client.
/// </summary>
[Authorize(AuthenticationSchemes = AuthSchemes.Customer)]
public sealed class CustomerHub(HubPushes pushes, IServiceProvider services) : Hub<ICustomerClient>, ICustomerHub
{
    public override async Task OnConnectedAsync()
    {
        foreach (var conversationId in await Use<MyChatsHandler>().ListAsync(CustomerId, Context.ConnectionAborted))
        {
            await Groups.AddToGroupAsync(Context.ConnectionId, ConversationGroups.Conversation(conversationId));
        }
    }

    /// <summary>The customer's conversations that this connection follows (open ones and those that may still be rated).</summary>
    public Task<IReadOnlyList<Guid>> GetMyConversations() => Use<MyChatsHandler>().ListAsync(CustomerId, Aborted);

    /// <summary>Stores a message; the answer comes only once it is stored. Retrying with the same id is harmless.</summary>
    public Task<CommandAck> SendMessage(Guid conversationId, Guid messageId, string text)
    {
        SendRateLimit.Check(Context);
        return Use<SendMessageHandler>().AsCustomerAsync(CustomerId, new SendMessageRequest(conversationId, messageId, text), Aborted).AnswerAsync();
    }

    /// <summary>Everything after <paramref name="afterVersion"/>, in order: for a fresh widget (0) and after a reconnect.</summary>
    public Task<IReadOnlyList<ConversationEventDto>> GetEventsSince(Guid conversationId, long afterVersion) =>
        Use<FollowConversationHandler>().AsCustomerAsync(CustomerId, new StepsRequest(conversationId, afterVersion), Aborted).AnswerAsync();

    public Task<QueuePositionDto?> GetQueuePosition(Guid conversationId) => Use<ReadQueuePositionHandler>().ExecuteAsync(CustomerId, conversationId, Aborted).AnswerAsync();

    public async Task Typing(Guid conversationId, bool isTyping)
    {
        SendRateLimit.Check(Context);
        var typing = await Use<ShowTypingHandler>().AsCustomerAsync(CustomerId, new TypingRequest(conversationId, isTyping), Aborted).AnswerAsync();
        // Not awaited: a frozen tab of the other side must not hold up this customer's next call.
        var others = Clients.OthersInGroup(ConversationGroups.Conversation(conversationId));
        pushes.TryStart(() => others.Typing(typing!));
    }

    public Task<CommandAck> MarkRead(Guid conversationId, Guid upToMessageId) =>
        Use<MarkReadHandler>().AsCustomerAsync(CustomerId, new MarkReadRequest(conversationId, upToMessageId), Aborted).AnswerAsync();

    public Task<CommandAck> Leave(Guid conversationId) => Use<LeaveChatHandler>().ExecuteAsync(CustomerId, conversationId, Aborted).AnswerAsync();

    public Task<CommandAck> Rate(Guid conversationId, int rating, string? comment) =>
        Use<RateChatHandler>().ExecuteAsync(CustomerId, new RateRequest(conversationId, rating, comment), Aborted).AnswerAsync();

    private Guid CustomerId => Guid.Parse(Context.User!.FindFirstValue(ContactCenterClaims.CustomerId)!);

    private CancellationToken Aborted => Context.ConnectionAborted;

    private T Use<T>() where T : notnull => services.GetRequiredService<T>();
}
