using System.Security.Claims;
using ContactCenter.Contracts.Conversations;
using ContactCenter.Contracts.Realtime;
using ContactCenter.Domain.Conversations;
using ContactCenter.Domain.Customers;
using ContactCenter.Server.Features.Access.Authentication;
using ContactCenter.Server.Features.Conversations.Handling;
using ContactCenter.Server.Features.Conversations.Waiting;
using Marten;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.SignalR;

namespace ContactCenter.Server.Realtime;

/// <summary>
/// The widget's hub. A customer acts only on their own conversations, which the server looks up:
/// group membership is rebuilt on every connect, never taken from the client.
/// </summary>
[Authorize(AuthenticationSchemes = AuthSchemes.Customer)]
public sealed class CustomerHub(IDocumentStore store, ConversationHandler handler, QueuePositions positions, TimeProvider clock, HubPushes pushes)
    : Hub<ICustomerClient>, ICustomerHub
{
    public override async Task OnConnectedAsync()
    {
        // Only the chats this customer started: one staff linked to another profile stays theirs, and
        // a chat linked to their profile from someone else's session never becomes theirs.
        await using var session = store.QuerySession();
        var live = await session.Query<ConversationHistory>()
            // Open ones, and those just ended that the customer may still rate.
            .Where(c => c.StartedByCustomerId == CustomerId && (ConversationAccess.Open.Contains(c.Status) || c.Status == ConversationStatus.WrapUp || c.Status == ConversationStatus.Resolved))
            .ToListAsync(Context.ConnectionAborted);
        foreach (var conversation in live)
        {
            await Groups.AddToGroupAsync(Context.ConnectionId, ConversationGroups.Conversation(conversation.Id));
        }
    }

    /// <summary>The customer's conversations that this connection follows (open ones and those that may still be rated).</summary>
    public async Task<IReadOnlyList<Guid>> GetMyConversations()
    {
        await using var session = store.QuerySession();
        return await session.Query<ConversationHistory>()
            .Where(c => c.StartedByCustomerId == CustomerId && (ConversationAccess.Open.Contains(c.Status) || c.Status == ConversationStatus.WrapUp || c.Status == ConversationStatus.Resolved))
            .Select(c => c.Id).ToListAsync(Context.ConnectionAborted);
    }

    /// <summary>Stores a message; the answer comes only once it is stored. Retrying with the same id is harmless.</summary>
    public async Task<CommandAck> SendMessage(Guid conversationId, Guid messageId, string text)
    {
        SendRateLimit.Check(Context);
        var me = await OwnConversationAsync(conversationId);
        return (await handler.ExecuteAsync(new PostMessage(conversationId, messageId, me, text, clock.GetUtcNow()), Context.ConnectionAborted))
            .AckOrThrow(conversationId);
    }

    /// <summary>Everything after <paramref name="afterVersion"/>, in order: for a fresh widget (0) and after a reconnect.</summary>
    public async Task<IReadOnlyList<ConversationEventDto>> GetEventsSince(Guid conversationId, long afterVersion)
    {
        await OwnConversationAsync(conversationId);
        await using var session = store.QuerySession();
        var (_, steps) = await session.ReadAsync(conversationId, Context.ConnectionAborted);
        return [.. steps.Where(s => s.Version > afterVersion).Select(s => ConversationEventMapper.ToDto(conversationId, s, Audience.Customer))];
    }

    public async Task<QueuePositionDto?> GetQueuePosition(Guid conversationId)
    {
        await OwnConversationAsync(conversationId);
        await using var session = store.QuerySession();
        var history = await session.LoadAsync<ConversationHistory>(conversationId, Context.ConnectionAborted);
        return history is null ? null : await positions.OfConversationAsync(history.QueueId, conversationId, Context.ConnectionAborted);
    }

    public async Task Typing(Guid conversationId, bool isTyping)
    {
        SendRateLimit.Check(Context);
        var me = await OwnConversationAsync(conversationId);
        // Not awaited: a frozen tab of the other side must not hold up this customer's next call.
        var typing = new TypingDto(conversationId, me.DisplayName, isTyping);
        var others = Clients.OthersInGroup(ConversationGroups.Conversation(conversationId));
        pushes.TryStart(() => others.Typing(typing));
    }

    public async Task<CommandAck> MarkRead(Guid conversationId, Guid upToMessageId) =>
        (await handler.ExecuteAsync(new MarkRead(conversationId, await OwnConversationAsync(conversationId), upToMessageId, clock.GetUtcNow()), Context.ConnectionAborted))
            .AckOrThrow(conversationId);

    public async Task<CommandAck> Leave(Guid conversationId)
    {
        await OwnConversationAsync(conversationId);
        return (await handler.ExecuteAsync(new LeaveAsCustomer(conversationId, clock.GetUtcNow()), Context.ConnectionAborted)).AckOrThrow(conversationId);
    }

    public async Task<CommandAck> Rate(Guid conversationId, int rating, string? comment)
    {
        await OwnConversationAsync(conversationId);
        return (await handler.ExecuteAsync(new RateConversation(conversationId, rating, comment, clock.GetUtcNow()), Context.ConnectionAborted))
            .AckOrThrow(conversationId);
    }

    private Guid CustomerId => Guid.Parse(Context.User!.FindFirstValue(ContactCenterClaims.CustomerId)!);

    // The customer as author, after checking the conversation is theirs.
    private async Task<Author> OwnConversationAsync(Guid conversationId)
    {
        await using var session = store.QuerySession();
        var history = await session.LoadAsync<ConversationHistory>(conversationId, Context.ConnectionAborted);
        // The session that started the chat, whoever staff linked it to since (Conversation.IsCustomer).
        if (history is null || history.StartedByCustomerId != CustomerId)
        {
            throw new HubException("not-found: This conversation does not exist.");
        }

        var customer = await session.LoadAsync<Customer>(CustomerId, Context.ConnectionAborted);
        return new Author(AuthorKind.Customer, CustomerId, customer?.Name ?? "Customer");
    }
}
