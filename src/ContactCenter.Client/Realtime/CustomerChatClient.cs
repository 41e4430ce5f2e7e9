using ContactCenter.Contracts;
using ContactCenter.Contracts.Conversations;
using ContactCenter.Contracts.Realtime;
using Microsoft.AspNetCore.SignalR.Client;

namespace ContactCenter.Client.Realtime;

/// <summary>
/// A customer's typed client of the customer hub: steps arrive exactly once and in order, across
/// reconnects; commands return only once the server stored them. For integrators and load tests.
/// Hub methods are named through <see cref="ICustomerHub"/>, so renaming one fails this build, not a user.
/// </summary>
public sealed class CustomerChatClient : IAsyncDisposable
{
    private readonly HubConnection _connection;

    /// <summary>Creates a client for the server at <paramref name="server"/> with the widget session's token.</summary>
    public CustomerChatClient(Uri server, string customerToken)
    {
        _connection = HubConnections.Build(server, ApiRoutes.CustomerHub, () => Task.FromResult<string?>(customerToken));
        Follower = new ConversationFollower(async (id, after) =>
            await _connection.InvokeAsync<ConversationEventDto[]>(nameof(ICustomerHub.GetEventsSince), id, after).ConfigureAwait(false));
        // Handlers run on the receive loop: hand the step on and return, never await a hub call here.
        _connection.On<ConversationEventDto>(nameof(ICustomerClient.ConversationEvent), step => _ = Follower.ReceiveAsync(step));
        _connection.On<TypingDto>(nameof(ICustomerClient.Typing), typing => Typing?.Invoke(typing));
        _connection.On<QueuePositionDto>(nameof(ICustomerClient.QueuePosition), position => QueuePositionChanged?.Invoke(position));
        _connection.Reconnected += _ => Follower.CatchUpAllAsync();
    }

    /// <summary>Applies steps in order; subscribe to <see cref="ConversationFollower.StepApplied"/>.</summary>
    public ConversationFollower Follower { get; }

    /// <summary>An agent types, or stopped.</summary>
    public event Action<TypingDto>? Typing;

    /// <summary>The place in the queue changed.</summary>
    public event Action<QueuePositionDto>? QueuePositionChanged;

    /// <summary>The connection's state, for a "reconnecting" banner.</summary>
    public HubConnectionState State => _connection.State;

    /// <summary>Connects and follows the conversation from its first step.</summary>
    public async Task StartAsync(Guid conversationId, CancellationToken cancellationToken = default)
    {
        await _connection.StartAsync(cancellationToken).ConfigureAwait(false);
        await Follower.FollowAsync(conversationId).ConfigureAwait(false);
    }

    /// <summary>
    /// Sends a message. Its id is made once (or pass your own <paramref name="messageId"/> and the same one
    /// again to retry later); a send cut off by a dropped connection is sent again with it after the reconnect.
    /// </summary>
    public Task<CommandAck> SendMessageAsync(Guid conversationId, string text, Guid? messageId = null, CancellationToken cancellationToken = default) =>
        _connection.InvokeIdempotentAsync<CommandAck>(nameof(ICustomerHub.SendMessage), [conversationId, messageId ?? Guid.CreateVersion7(), text], cancellationToken);

    /// <summary>Rates an ended conversation from 1 to 5.</summary>
    public Task<CommandAck> RateAsync(Guid conversationId, int rating, string? comment = null, CancellationToken cancellationToken = default) =>
        _connection.InvokeAsync<CommandAck>(nameof(ICustomerHub.Rate), conversationId, rating, comment, cancellationToken);

    /// <summary>Leaves the conversation.</summary>
    public Task<CommandAck> LeaveAsync(Guid conversationId, CancellationToken cancellationToken = default) =>
        _connection.InvokeAsync<CommandAck>(nameof(ICustomerHub.Leave), conversationId, cancellationToken);

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        await _connection.DisposeAsync().ConfigureAwait(false);
        Follower.Dispose();
    }
}
