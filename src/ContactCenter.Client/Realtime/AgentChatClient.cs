using ContactCenter.Contracts;
using ContactCenter.Contracts.Agents;
using ContactCenter.Contracts.Analytics;
using ContactCenter.Contracts.Conversations;
using ContactCenter.Contracts.Customers;
using ContactCenter.Contracts.Desk;
using ContactCenter.Contracts.Queues;
using ContactCenter.Contracts.Realtime;
using Microsoft.AspNetCore.SignalR.Client;

namespace ContactCenter.Client.Realtime;

/// <summary>
/// A staff member's typed client of the agent hub, as the desktop, the load generator and
/// integrators use it. Followed conversations' steps arrive exactly once and in order.
/// Hub methods are named through <see cref="IAgentHub"/>, so renaming one fails this build, not a user.
/// </summary>
public sealed class AgentChatClient : IAsyncDisposable
{
    private readonly HubConnection _connection;

    /// <summary>Creates a client; <paramref name="accessToken"/> is asked again on every reconnect, so hand it a renewing source.</summary>
    public AgentChatClient(Uri server, Func<Task<string?>> accessToken)
    {
        _connection = HubConnections.Build(server, ApiRoutes.AgentHub, accessToken);
        Follower = new ConversationFollower(async (id, after) =>
            await _connection.InvokeAsync<ConversationEventDto[]>(nameof(IAgentHub.GetEventsSince), id, after).ConfigureAwait(false));
        // Steps of conversations not yet followed (a new chat in one's queue) are raised as they come.
        _connection.On<ConversationEventDto>(nameof(IAgentClient.ConversationEvent), step =>
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
        _connection.On<TypingDto>(nameof(IAgentClient.Typing), typing => Typing?.Invoke(typing));
        _connection.On<string>(nameof(IAgentClient.SessionEnded), reason => SessionEnded?.Invoke(reason));
        _connection.On<AgentPresenceDto>(nameof(IAgentClient.PresenceChanged), presence => PresenceChanged?.Invoke(presence));
        _connection.Reconnecting += _ => RaiseConnectionChanged();
        _connection.Reconnected += async _ =>
        {
            await RaiseConnectionChanged().ConfigureAwait(false);
            await Follower.CatchUpAllAsync().ConfigureAwait(false);
        };
        _connection.Closed += _ => RaiseConnectionChanged();
    }

    /// <summary>Whether the hub connection is up now.</summary>
    public bool IsConnected => _connection.State == HubConnectionState.Connected;

    /// <summary>The connection dropped, came back or closed: see <see cref="IsConnected"/>.</summary>
    public event Action? ConnectionChanged;

    /// <summary>The agent's own presence changed (another tab, or the router's missed-offer rule).</summary>
    public event Action<AgentPresenceDto>? PresenceChanged;

    /// <summary>Applies followed conversations' steps in order.</summary>
    public ConversationFollower Follower { get; }

    /// <summary>A step of a conversation in one of the agent's queues that the agent does not follow yet.</summary>
    public event Action<ConversationEventDto>? QueueActivity;

    /// <summary>Someone types in a followed conversation.</summary>
    public event Action<TypingDto>? Typing;

    /// <summary>The session ended (access changed, account disabled); the connection closes next.</summary>
    public event Action<string>? SessionEnded;

    /// <summary>Connects.</summary>
    public async Task StartAsync(CancellationToken cancellationToken = default)
    {
        await _connection.StartAsync(cancellationToken).ConfigureAwait(false);
        await RaiseConnectionChanged().ConfigureAwait(false);
    }

    /// <summary>The agent's inbox: own conversations, offers to them, and chats waiting in their queues.</summary>
    public async Task<IReadOnlyList<InboxItemDto>> GetInboxAsync(CancellationToken cancellationToken = default) =>
        await _connection.InvokeAsync<InboxItemDto[]>(nameof(IAgentHub.GetInbox), cancellationToken).ConfigureAwait(false);

    /// <summary>Accepts an offer and follows the conversation from its first step.</summary>
    public async Task<CommandAck> AcceptOfferAsync(Guid conversationId, CancellationToken cancellationToken = default)
    {
        var ack = await _connection.InvokeAsync<CommandAck>(nameof(IAgentHub.AcceptOffer), conversationId, cancellationToken).ConfigureAwait(false);
        await Follower.FollowAsync(conversationId).ConfigureAwait(false);
        return ack;
    }

    /// <summary>Rejects an offer; it goes to someone else.</summary>
    public Task<CommandAck> RejectOfferAsync(Guid conversationId, CancellationToken cancellationToken = default) =>
        _connection.InvokeAsync<CommandAck>(nameof(IAgentHub.RejectOffer), conversationId, cancellationToken);

    /// <summary>Tells everyone in the conversation that the agent has read up to a message.</summary>
    public Task<CommandAck> MarkReadAsync(Guid conversationId, Guid upToMessageId, CancellationToken cancellationToken = default) =>
        _connection.InvokeAsync<CommandAck>(nameof(IAgentHub.MarkRead), conversationId, upToMessageId, cancellationToken);

    /// <summary>Waits on the customer: status pending until they answer.</summary>
    public Task<CommandAck> SetPendingAsync(Guid conversationId, CancellationToken cancellationToken = default) =>
        _connection.InvokeAsync<CommandAck>(nameof(IAgentHub.SetPending), conversationId, cancellationToken);

    /// <summary>Canned responses whose shortcut starts with <paramref name="shortcut"/>.</summary>
    public async Task<IReadOnlyList<CannedResponseDto>> FindCannedResponsesAsync(string shortcut, CancellationToken cancellationToken = default) =>
        await _connection.InvokeAsync<CannedResponseDto[]>(nameof(IAgentHub.FindCannedResponses), shortcut, cancellationToken).ConfigureAwait(false);

    /// <summary>The label catalog.</summary>
    public async Task<IReadOnlyList<LabelDto>> GetLabelsAsync(CancellationToken cancellationToken = default) =>
        await _connection.InvokeAsync<LabelDto[]>(nameof(IAgentHub.GetLabels), cancellationToken).ConfigureAwait(false);

    /// <summary>Puts a label on a conversation.</summary>
    public Task<CommandAck> AddLabelAsync(Guid conversationId, string labelId, CancellationToken cancellationToken = default) =>
        _connection.InvokeAsync<CommandAck>(nameof(IAgentHub.AddLabel), conversationId, labelId, cancellationToken);

    /// <summary>Takes a label off a conversation.</summary>
    public Task<CommandAck> RemoveLabelAsync(Guid conversationId, string labelId, CancellationToken cancellationToken = default) =>
        _connection.InvokeAsync<CommandAck>(nameof(IAgentHub.RemoveLabel), conversationId, labelId, cancellationToken);

    /// <summary>A customer's profile, masked as the caller's role requires.</summary>
    public Task<CustomerDto> GetCustomerAsync(Guid customerId, CancellationToken cancellationToken = default) =>
        _connection.InvokeAsync<CustomerDto>(nameof(IAgentHub.GetCustomer), customerId, cancellationToken);

    /// <summary>The custom fields of customer profiles.</summary>
    public async Task<IReadOnlyList<CustomerFieldDto>> GetCustomerFieldsAsync(CancellationToken cancellationToken = default) =>
        await _connection.InvokeAsync<CustomerFieldDto[]>(nameof(IAgentHub.GetCustomerFields), cancellationToken).ConfigureAwait(false);

    /// <summary>A customer's conversations, newest first.</summary>
    public async Task<IReadOnlyList<ConversationSummaryDto>> GetCustomerConversationsAsync(Guid customerId, CancellationToken cancellationToken = default) =>
        await _connection.InvokeAsync<ConversationSummaryDto[]>(nameof(IAgentHub.GetCustomerConversations), customerId, cancellationToken).ConfigureAwait(false);

    /// <summary>Searches the directory as the caller's role allows.</summary>
    public async Task<IReadOnlyList<CustomerDto>> SearchCustomersAsync(string? search, CancellationToken cancellationToken = default) =>
        await _connection.InvokeAsync<CustomerDto[]>(nameof(IAgentHub.SearchCustomers), search, cancellationToken).ConfigureAwait(false);

    /// <summary>Creates a customer profile (senior agents and up).</summary>
    public Task<CustomerDto> CreateCustomerAsync(CustomerRequest request, CancellationToken cancellationToken = default) =>
        _connection.InvokeAsync<CustomerDto>(nameof(IAgentHub.CreateCustomer), request, cancellationToken);

    /// <summary>Changes a customer profile within the caller's rules.</summary>
    public Task<CustomerDto> UpdateCustomerAsync(Guid customerId, CustomerRequest request, CancellationToken cancellationToken = default) =>
        _connection.InvokeAsync<CustomerDto>(nameof(IAgentHub.UpdateCustomer), customerId, request, cancellationToken);

    /// <summary>Links a conversation to another customer profile (senior agents and up); its profile until now is kept as a linked profile.</summary>
    public Task<CommandAck> LinkCustomerAsync(Guid conversationId, Guid customerId, CancellationToken cancellationToken = default) =>
        _connection.InvokeAsync<CommandAck>(nameof(IAgentHub.LinkCustomer), conversationId, customerId, cancellationToken);

    /// <summary>The profiles a conversation belonged to before it was linked, oldest first, masked as the caller's role requires.</summary>
    public async Task<IReadOnlyList<CustomerDto>> GetLinkedProfilesAsync(Guid conversationId, CancellationToken cancellationToken = default) =>
        await _connection.InvokeAsync<CustomerDto[]>(nameof(IAgentHub.GetLinkedProfiles), conversationId, cancellationToken).ConfigureAwait(false);

    /// <summary>The agent's own figures over "today", "7d" or "30d".</summary>
    public Task<MyAnalyticsDto> GetMyAnalyticsAsync(string period, CancellationToken cancellationToken = default) =>
        _connection.InvokeAsync<MyAnalyticsDto>(nameof(IAgentHub.GetMyAnalytics), period, cancellationToken);

    /// <summary>The agent's own presence.</summary>
    public Task<AgentPresenceDto> GetMyPresenceAsync(CancellationToken cancellationToken = default) =>
        _connection.InvokeAsync<AgentPresenceDto>(nameof(IAgentHub.GetMyPresence), cancellationToken);

    /// <summary>The reasons an agent may give for not being ready.</summary>
    public async Task<IReadOnlyList<ReasonCodeDto>> GetReasonCodesAsync(CancellationToken cancellationToken = default) =>
        await _connection.InvokeAsync<ReasonCodeDto[]>(nameof(IAgentHub.GetReasonCodes), cancellationToken).ConfigureAwait(false);

    /// <summary>Sets the global state ("Ready", "NotReady" with a reason, "Offline").</summary>
    public Task<AgentPresenceDto> ChooseStateAsync(string state, string? reasonCodeId, CancellationToken cancellationToken = default) =>
        _connection.InvokeAsync<AgentPresenceDto>(nameof(IAgentHub.ChooseState), state, reasonCodeId, cancellationToken);

    /// <summary>Sets a channel's readiness and capacity.</summary>
    public Task<AgentPresenceDto> SetChannelAsync(string channel, bool ready, int capacity, CancellationToken cancellationToken = default) =>
        _connection.InvokeAsync<AgentPresenceDto>(nameof(IAgentHub.SetChannel), channel, ready, capacity, cancellationToken);

    /// <summary>Conversations waiting in the agent's queues, oldest first.</summary>
    public async Task<IReadOnlyList<ConversationSummaryDto>> GetWaitingAsync(CancellationToken cancellationToken = default) =>
        await _connection.InvokeAsync<ConversationSummaryDto[]>(nameof(IAgentHub.GetWaiting), cancellationToken).ConfigureAwait(false);

    /// <summary>Takes a waiting conversation and follows it from its first step.</summary>
    public async Task<CommandAck> TakeAsync(Guid conversationId, CancellationToken cancellationToken = default)
    {
        var ack = await _connection.InvokeAsync<CommandAck>(nameof(IAgentHub.Take), conversationId, cancellationToken).ConfigureAwait(false);
        await Follower.FollowAsync(conversationId).ConfigureAwait(false);
        return ack;
    }

    /// <summary>Follows a conversation of one's queues without taking it.</summary>
    public Task FollowAsync(Guid conversationId) => Follower.FollowAsync(conversationId);

    /// <summary>
    /// Sends a message. Its id is made once (or pass your own <paramref name="messageId"/> and the same one
    /// again to retry later); a send cut off by a dropped connection is sent again with it after the reconnect.
    /// </summary>
    public Task<CommandAck> SendMessageAsync(Guid conversationId, string text, Guid? messageId = null, CancellationToken cancellationToken = default) =>
        _connection.InvokeIdempotentAsync<CommandAck>(nameof(IAgentHub.SendMessage), [conversationId, messageId ?? Guid.CreateVersion7(), text], cancellationToken);

    /// <summary>Adds a private note, never shown to the customer.</summary>
    public Task<CommandAck> PostNoteAsync(Guid conversationId, string text, Guid? noteId = null, CancellationToken cancellationToken = default) =>
        _connection.InvokeIdempotentAsync<CommandAck>(nameof(IAgentHub.PostNote), [conversationId, noteId ?? Guid.CreateVersion7(), text], cancellationToken);

    /// <summary>Records a wrap-up (a code of <see cref="GetWrapUpCodesAsync"/> and/or a note); a retry with the same id stores it once.</summary>
    public Task<CommandAck> RecordWrapUpAsync(Guid conversationId, string? reasonCodeId, string? note, Guid? wrapUpId = null, CancellationToken cancellationToken = default) =>
        _connection.InvokeIdempotentAsync<CommandAck>(nameof(IAgentHub.RecordWrapUp), [conversationId, wrapUpId ?? Guid.CreateVersion7(), reasonCodeId, note], cancellationToken);

    /// <summary>Finishes the wrap-up of an ended conversation: it closes and the seat frees.</summary>
    public Task<CommandAck> FinishWrapUpAsync(Guid conversationId, CancellationToken cancellationToken = default) =>
        _connection.InvokeAsync<CommandAck>(nameof(IAgentHub.FinishWrapUp), conversationId, cancellationToken);

    /// <summary>Invites present members of a queue to join the conversation as guests.</summary>
    public Task<CommandAck> InviteToConferenceAsync(Guid conversationId, string queueId, IReadOnlyList<Guid> agentIds, CancellationToken cancellationToken = default) =>
        _connection.InvokeAsync<CommandAck>(nameof(IAgentHub.InviteToConference), conversationId, queueId, agentIds, cancellationToken);

    /// <summary>Accepts an invitation and follows the conversation as a guest.</summary>
    public async Task<CommandAck> AcceptInvitationAsync(Guid conversationId, CancellationToken cancellationToken = default)
    {
        var ack = await _connection.InvokeAsync<CommandAck>(nameof(IAgentHub.AcceptInvitation), conversationId, cancellationToken).ConfigureAwait(false);
        await Follower.FollowAsync(conversationId).ConfigureAwait(false);
        return ack;
    }

    /// <summary>Declines an invitation.</summary>
    public Task<CommandAck> DeclineInvitationAsync(Guid conversationId, CancellationToken cancellationToken = default) =>
        _connection.InvokeAsync<CommandAck>(nameof(IAgentHub.DeclineInvitation), conversationId, cancellationToken);

    /// <summary>Leaves the conversation (a guest goes; the owner hands it on or puts it back in its queue).</summary>
    public Task<CommandAck> LeaveAsync(Guid conversationId, CancellationToken cancellationToken = default) =>
        _connection.InvokeAsync<CommandAck>(nameof(IAgentHub.Leave), conversationId, cancellationToken);

    /// <summary>The wrap-up codes an admin has set up.</summary>
    public Task<IReadOnlyList<ReasonCodeDto>> GetWrapUpCodesAsync(CancellationToken cancellationToken = default) =>
        _connection.InvokeAsync<IReadOnlyList<ReasonCodeDto>>(nameof(IAgentHub.GetWrapUpCodes), cancellationToken);

    /// <summary>Tells the customer the agent is typing, or stopped.</summary>
    public Task TypingAsync(Guid conversationId, bool isTyping, CancellationToken cancellationToken = default) =>
        _connection.InvokeAsync(nameof(IAgentHub.Typing), conversationId, isTyping, cancellationToken);

    /// <summary>Ends the conversation; the customer may then rate it.</summary>
    public Task<CommandAck> EndAsync(Guid conversationId, CancellationToken cancellationToken = default) =>
        _connection.InvokeAsync<CommandAck>(nameof(IAgentHub.End), conversationId, cancellationToken);

    /// <summary>Hands the conversation to another queue of its channel, with a note for the next agent.</summary>
    public Task<CommandAck> TransferToQueueAsync(Guid conversationId, string queueId, string? note, CancellationToken cancellationToken = default) =>
        _connection.InvokeAsync<CommandAck>(nameof(IAgentHub.TransferToQueue), conversationId, queueId, note, cancellationToken);

    /// <summary>The queues the conversation may be transferred to.</summary>
    public Task<IReadOnlyList<QueueSummary>> GetTransferQueuesAsync(Guid conversationId, CancellationToken cancellationToken = default) =>
        _connection.InvokeAsync<IReadOnlyList<QueueSummary>>(nameof(IAgentHub.GetTransferQueues), conversationId, cancellationToken);

    /// <summary>Offers the conversation to a named member of a queue; the caller stays the owner until they accept.</summary>
    public Task<CommandAck> TransferToAgentAsync(Guid conversationId, string queueId, Guid agentId, string? note, CancellationToken cancellationToken = default) =>
        _connection.InvokeAsync<CommandAck>(nameof(IAgentHub.TransferToAgent), conversationId, queueId, agentId, note, cancellationToken);

    /// <summary>The present members of a queue the conversation may be transferred to.</summary>
    public Task<IReadOnlyList<TransferAgentDto>> GetTransferAgentsAsync(Guid conversationId, string queueId, CancellationToken cancellationToken = default) =>
        _connection.InvokeAsync<IReadOnlyList<TransferAgentDto>>(nameof(IAgentHub.GetTransferAgents), conversationId, queueId, cancellationToken);

    /// <summary>Accepts a transfer offered to the caller and follows the conversation, as accepting an offer does.</summary>
    public async Task<CommandAck> AcceptTransferAsync(Guid conversationId, CancellationToken cancellationToken = default)
    {
        var ack = await _connection.InvokeAsync<CommandAck>(nameof(IAgentHub.AcceptTransfer), conversationId, cancellationToken).ConfigureAwait(false);
        await Follower.FollowAsync(conversationId).ConfigureAwait(false);
        return ack;
    }

    /// <summary>Rejects a transfer offered to the caller.</summary>
    public Task<CommandAck> RejectTransferAsync(Guid conversationId, CancellationToken cancellationToken = default) =>
        _connection.InvokeAsync<CommandAck>(nameof(IAgentHub.RejectTransfer), conversationId, cancellationToken);

    /// <summary>Marks the conversation resolved.</summary>
    public Task<CommandAck> ResolveAsync(Guid conversationId, CancellationToken cancellationToken = default) =>
        _connection.InvokeAsync<CommandAck>(nameof(IAgentHub.Resolve), conversationId, cancellationToken);

    private Task RaiseConnectionChanged()
    {
        ConnectionChanged?.Invoke();
        return Task.CompletedTask;
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        await _connection.DisposeAsync().ConfigureAwait(false);
        Follower.Dispose();
    }
}
