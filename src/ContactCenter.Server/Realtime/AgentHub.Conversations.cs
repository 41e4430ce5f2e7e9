using ContactCenter.Contracts.Conversations;
using ContactCenter.Contracts.Customers;
using ContactCenter.Contracts.Desk;
using ContactCenter.Domain.Access;
using ContactCenter.Domain.Conversations;
using ContactCenter.Server.Features.Access.Authorization;
using ContactCenter.Server.Features.Conversations.CannedResponses;
using ContactCenter.Server.Features.Conversations.Handling;
using Marten;
using Microsoft.AspNetCore.SignalR;
using ContactCenter.Server.Features.Conversations;

namespace ContactCenter.Server.Realtime;

/// <summary>The agent hub's conversation methods: take from the queue, follow, chat, note, change status.</summary>
public sealed partial class AgentHub
{
    /// <summary>Conversations waiting in the caller's queues, oldest first.</summary>
    public async Task<IReadOnlyList<ConversationSummaryDto>> GetWaiting()
    {
        var queues = current.Required.QueueIds.ToArray();
        await using var session = store.QuerySession();
        var waiting = await session.Query<ConversationHistory>()
            .Where(c => queues.Contains(c.QueueId) && c.Status == ConversationStatus.Queued)
            .OrderBy(c => c.QueuedAt).ToListAsync(Context.ConnectionAborted);
        return [.. waiting.Select(c => c.ToSummary())];
    }

    /// <summary>Takes a waiting conversation and follows it. Until the router offers chats, this is how an agent answers.</summary>
    [RequirePermission(Permissions.ConversationsAssignOwnQueues)]
    public async Task<CommandAck> Take(Guid conversationId)
    {
        var grant = current.Required;
        var history = await HistoryAsync(conversationId);
        if (!grant.CanTake(history))
        {
            throw new HubException($"not-queue-member: You are not a member of the queue '{history.QueueId}'.");
        }

        // Taking has its own rule (senior agents may take from any queue), checked just above.
        return await ExecuteFollowingAsync(new AssignConversation(conversationId, grant.UserId, grant.DisplayName, Me, clock.GetUtcNow()), followRule: null);
    }

    /// <summary>Accepts an offer the router made to the caller; the conversation is theirs and followed.</summary>
    [RequirePermission(Permissions.ConversationsReply)]
    public async Task<CommandAck> AcceptOffer(Guid conversationId)
    {
        return await ExecuteFollowingAsync(new AcceptOffer(conversationId, current.Required.UserId, clock.GetUtcNow()), current.Required);
    }

    /// <summary>Rejects an offer: the conversation goes back to its queue, ahead of newer ones, for someone else.</summary>
    public Task<CommandAck> RejectOffer(Guid conversationId) =>
        ExecuteAsync(new RejectOffer(conversationId, current.Required.UserId, clock.GetUtcNow()));

    /// <summary>Follows a conversation of one's queues (or any, for supervisors) and returns its steps after a version.</summary>
    public async Task<IReadOnlyList<ConversationEventDto>> GetEventsSince(Guid conversationId, long afterVersion)
    {
        await FollowableAsync(conversationId);
        await staffGroups.JoinAsync(Groups, Context.ConnectionId, ConversationGroups.Conversation(conversationId));
        await using var session = store.QuerySession();
        var (_, steps) = await session.ReadAsync(conversationId, Context.ConnectionAborted);
        return [.. steps.Where(s => s.Version > afterVersion).Select(s => ConversationEventMapper.ToDto(conversationId, s, Audience.Staff))];
    }

    /// <summary>Canned responses for the compose box's "/" shortcut.</summary>
    [RequirePermission(Permissions.ConversationsReply)]
    public async Task<IReadOnlyList<CannedResponseDto>> FindCannedResponses(string shortcut)
    {
        await using var session = store.QuerySession();
        var found = await session.FindCannedAsync(shortcut, Context.ConnectionAborted);
        return [.. found.Select(c => new CannedResponseDto(c.Id, c.Shortcut, c.Title, c.Text))];
    }

    [RequirePermission(Permissions.ConversationsReply)]
    public Task<CommandAck> SendMessage(Guid conversationId, Guid messageId, string text)
    {
        SendRateLimit.Check(Context);
        return ExecuteAsync(new PostMessage(conversationId, messageId, Me, text, clock.GetUtcNow()));
    }

    [RequirePermission(Permissions.ConversationsWrapUp)]
    public Task<CommandAck> PostNote(Guid conversationId, Guid noteId, string text)
    {
        SendRateLimit.Check(Context);
        return ExecuteAsync(new PostPrivateNote(conversationId, noteId, Me, text, clock.GetUtcNow()));
    }

    public async Task Typing(Guid conversationId, bool isTyping)
    {
        SendRateLimit.Check(Context);
        var history = await FollowableAsync(conversationId);
        if (history.AgentId == current.Required.UserId)
        {
            var typing = new TypingDto(conversationId, current.Required.DisplayName, isTyping);
            // Not awaited: a customer's frozen tab must not hold up this agent's next call.
            pushes.TryStart(() => customers.Clients.Group(ConversationGroups.Conversation(conversationId)).Typing(typing));
        }
    }

    [RequirePermission(Permissions.ConversationsStatusChange)]
    public Task<CommandAck> SetPending(Guid conversationId) => ExecuteAsync(new SetPending(conversationId, Me, clock.GetUtcNow()));

    [RequirePermission(Permissions.ConversationsStatusChange)]
    public Task<CommandAck> Resolve(Guid conversationId) => ExecuteAsync(new ResolveConversation(conversationId, Me, clock.GetUtcNow()));

    /// <summary>The owner ends it; so do those with the subscribed list's right to end (supervisors), without joining.</summary>
    [RequirePermission(Permissions.ConversationsStatusChange)]
    public Task<CommandAck> End(Guid conversationId) =>
        ExecuteAsync(new EndConversation(conversationId, Me, clock.GetUtcNow(), current.Required.Has(Permissions.ConversationsEndSubscribed)));

    public Task<CommandAck> MarkRead(Guid conversationId, Guid upToMessageId) =>
        ExecuteAsync(new MarkRead(conversationId, Me, upToMessageId, clock.GetUtcNow()));

    private Author Me => new(AuthorKind.Agent, current.Required.UserId, current.Required.DisplayName);

    // Follows before the command commits, so that its step comes through the conversation's group
    // only (not a second time through the queue's); a refused command un-follows.
    private async Task<CommandAck> ExecuteFollowingAsync(ConversationCommand command, AccessGrant? followRule)
    {
        var group = ConversationGroups.Conversation(command.ConversationId);
        var joined = await staffGroups.JoinAsync(Groups, Context.ConnectionId, group);
        try
        {
            return (await handler.ExecuteAsync(command, Context.ConnectionAborted, followRule)).AckOrThrow(command.ConversationId);
        }
        catch (HubException) when (joined)
        {
            await staffGroups.LeaveAsync(Groups, Context.ConnectionId, group);
            throw;
        }
    }

    // Every command names a conversation: the handler checks the caller may follow it (ConversationAccess).
    private async Task<CommandAck> ExecuteAsync(ConversationCommand command) =>
        (await handler.ExecuteAsync(command, Context.ConnectionAborted, current.Required)).AckOrThrow(command.ConversationId);

    /// <summary>The conversation, when the caller may follow it (their queues, or any for supervisors).</summary>
    private async Task<ConversationHistory> FollowableAsync(Guid conversationId)
    {
        await using var session = store.QuerySession();
        var found = await session.FollowableAsync(current.Required, conversationId, Context.ConnectionAborted);
        return found.Conversation ?? throw new HubException($"{found.Refusal!.Code}: {found.Refusal.Message}");
    }

    private async Task<ConversationHistory> HistoryAsync(Guid conversationId)
    {
        await using var session = store.QuerySession();
        return await session.LoadAsync<ConversationHistory>(conversationId, Context.ConnectionAborted)
            ?? throw new HubException("not-found: This conversation does not exist.");
    }
}
