using ContactCenter.Contracts;
using ContactCenter.Contracts.Conversations;
using ContactCenter.Contracts.Customers;
using Microsoft.AspNetCore.SignalR.Client;

namespace ContactCenter.Client.Realtime;

/// <summary>
/// A staff member's typed client of the agent hub, as the desktop, the load generator and
/// integrators use it. Followed conversations' steps arrive exactly once and in order.
/// </summary>
public sealed class AgentChatClient : IAsyncDisposable
{
    private readonly HubConnection _connection;

    /// <summary>Creates a client; <paramref name="accessToken"/> is asked again on every reconnect, so hand it a renewing source.</summary>
    public AgentChatClient(Uri server, Func<Task<string?>> accessToken)
    {
        _connection = HubConnections.Build(server, ApiRoutes.AgentHub, accessToken);
        Follower = new ConversationFollower(async (id, after) =>
            await _connection.InvokeAsync<ConversationEventDto[]>("GetEventsSince", id, after).ConfigureAwait(false));
        // Steps of conversations not yet followed (a new chat in one's queue) are raised as they come.
        _connection.On<ConversationEventDto>("ConversationEvent", step =>
        {
            if (Follower.VersionOf(step.ConversationId) == 0)
            {
                QueueActivity?.Invoke(step);
            }
            else
            {
                _ = Follower.ReceiveAsync(step);
            }
        });
        _connection.On<TypingDto>("Typing", typing => Typing?.Invoke(typing));
        _connection.On<string>("SessionEnded", reason => SessionEnded?.Invoke(reason));
        _connection.Reconnected += _ => Follower.CatchUpAllAsync();
    }

    /// <summary>Applies followed conversations' steps in order.</summary>
    public ConversationFollower Follower { get; }

    /// <summary>A step of a conversation in one of the agent's queues that the agent does not follow yet.</summary>
    public event Action<ConversationEventDto>? QueueActivity;

    /// <summary>Someone types in a followed conversation.</summary>
    public event Action<TypingDto>? Typing;

    /// <summary>The session ended (access changed, account disabled); the connection closes next.</summary>
    public event Action<string>? SessionEnded;

    /// <summary>Connects.</summary>
    public Task StartAsync(CancellationToken cancellationToken = default) => _connection.StartAsync(cancellationToken);

    /// <summary>Conversations waiting in the agent's queues, oldest first.</summary>
    public async Task<IReadOnlyList<ConversationSummaryDto>> GetWaitingAsync(CancellationToken cancellationToken = default) =>
        await _connection.InvokeAsync<ConversationSummaryDto[]>("GetWaiting", cancellationToken).ConfigureAwait(false);

    /// <summary>Takes a waiting conversation and follows it from its first step.</summary>
    public async Task<CommandAck> TakeAsync(Guid conversationId, CancellationToken cancellationToken = default)
    {
        var ack = await _connection.InvokeAsync<CommandAck>("Take", conversationId, cancellationToken).ConfigureAwait(false);
        await Follower.FollowAsync(conversationId).ConfigureAwait(false);
        return ack;
    }

    /// <summary>Follows a conversation of one's queues without taking it.</summary>
    public Task FollowAsync(Guid conversationId) => Follower.FollowAsync(conversationId);

    /// <summary>Sends a message; pass the same <paramref name="messageId"/> to retry safely.</summary>
    public Task<CommandAck> SendMessageAsync(Guid conversationId, string text, Guid? messageId = null, CancellationToken cancellationToken = default) =>
        _connection.InvokeAsync<CommandAck>("SendMessage", conversationId, messageId ?? Guid.CreateVersion7(), text, cancellationToken);

    /// <summary>Adds a private note, never shown to the customer.</summary>
    public Task<CommandAck> PostNoteAsync(Guid conversationId, string text, Guid? noteId = null, CancellationToken cancellationToken = default) =>
        _connection.InvokeAsync<CommandAck>("PostNote", conversationId, noteId ?? Guid.CreateVersion7(), text, cancellationToken);

    /// <summary>Tells the customer the agent is typing, or stopped.</summary>
    public Task TypingAsync(Guid conversationId, bool isTyping, CancellationToken cancellationToken = default) =>
        _connection.InvokeAsync("Typing", conversationId, isTyping, cancellationToken);

    /// <summary>Ends the conversation; the customer may then rate it.</summary>
    public Task<CommandAck> EndAsync(Guid conversationId, CancellationToken cancellationToken = default) =>
        _connection.InvokeAsync<CommandAck>("End", conversationId, cancellationToken);

    /// <summary>Marks the conversation resolved.</summary>
    public Task<CommandAck> ResolveAsync(Guid conversationId, CancellationToken cancellationToken = default) =>
        _connection.InvokeAsync<CommandAck>("Resolve", conversationId, cancellationToken);

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        await _connection.DisposeAsync().ConfigureAwait(false);
        Follower.Dispose();
    }
}
