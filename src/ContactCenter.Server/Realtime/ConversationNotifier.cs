using System.Threading.Channels;
using ContactCenter.Contracts.Realtime;
using ContactCenter.Domain.Conversations;
using ContactCenter.Server.Features.Conversations.Handling;
using ContactCenter.Server.Features.Conversations.Waiting;
using Microsoft.AspNetCore.SignalR;

namespace ContactCenter.Server.Realtime;

/// <summary>
/// Pushes committed conversation steps to hub groups. Commands only enqueue, in commit order (the
/// handler publishes inside the conversation's gate); one background loop starts every step's
/// sends in that order and never waits on a connection (<see cref="HubPushes"/>). A push is at
/// most once: a client that misses one sees a version gap and asks for the steps after its last.
/// </summary>
public sealed partial class ConversationNotifier(
    IHubContext<AgentHub, IAgentClient> agents,
    IHubContext<CustomerHub, ICustomerClient> customers,
    StaffGroups staffGroups,
    HubPushes pushes,
    QueuePositions positions,
    ConversationFollowers followers,
    ILogger<ConversationNotifier> logger) : BackgroundService, IConversationPushes
{
    private static readonly TimeSpan PositionInterval = TimeSpan.FromMilliseconds(500);
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, byte> _queuesToUpdate = new();
    private readonly Channel<ConversationChange> _changes = Channel.CreateBounded<ConversationChange>(
        new BoundedChannelOptions(10_000) { FullMode = BoundedChannelFullMode.DropWrite, SingleReader = true });

    public void Publish(ConversationChange change)
    {
        if (!_changes.Writer.TryWrite(change))
        {
            // Clients heal through resume-from-version; the store already has everything.
            LogDropped(logger, change.ConversationId);
        }
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var positionsLoop = PushQueuePositionsAsync(stoppingToken);
        await foreach (var change in _changes.Reader.ReadAllAsync(stoppingToken))
        {
            try
            {
                await SendAsync(change, stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                LogSendFailed(logger, e, change.ConversationId);
            }
        }

        await positionsLoop;
    }

    private async Task SendAsync(ConversationChange change, CancellationToken stoppingToken)
    {
        var conversation = ConversationGroups.Conversation(change.ConversationId);
        var queueMoved = false;
        foreach (var step in change.Steps)
        {
            var staff = ConversationEventMapper.ToDto(change.ConversationId, step, Audience.Staff);
            await pushes.StartAsync(() => agents.Clients.Group(conversation).ConversationEvent(staff), stoppingToken);
            if (ConversationEventRules.TellsAgent(step.Event) is { } told)
            {
                // Their tabs that follow the conversation have it already: each connection gets it once.
                await pushes.StartAsync(() => agents.Clients.GroupExcept(AgentGroups.Agent(told), staffGroups.MembersOf(conversation)).ConversationEvent(staff), stoppingToken);
            }

            if (ConversationEventRules.MovesQueue(step.Event) is { } moved)
            {
                // Staff of the queue it left see it go, staff of the new queue see it come; the
                // customers of both queues get their places again.
                var from = ConversationGroups.Queue(moved.FromQueueId);
                var to = ConversationGroups.Queue(moved.ToQueueId);
                await pushes.StartAsync(() => agents.Clients.GroupExcept(from, staffGroups.MembersOf(conversation)).ConversationEvent(staff), stoppingToken);
                await pushes.StartAsync(() => agents.Clients.GroupExcept(to, staffGroups.MembersOf(conversation, from)).ConversationEvent(staff), stoppingToken);
                // Followers who lost access leave its group before any later step is pushed.
                await followers.MovedAsync(change.ConversationId, CancellationToken.None);
                _queuesToUpdate.TryAdd(moved.FromQueueId, 0);
                queueMoved = true;
            }
            else if (ConversationEventRules.ChangesTheQueue(step.Event))
            {
                // A follower of the conversation has the step already: each connection gets it once.
                queueMoved = true;
                var queue = ConversationGroups.Queue(change.QueueId);
                await pushes.StartAsync(() => agents.Clients.GroupExcept(queue, staffGroups.MembersOf(conversation)).ConversationEvent(staff), stoppingToken);
            }

            var customer = ConversationEventMapper.ToDto(change.ConversationId, step, Audience.Customer);
            await pushes.StartAsync(() => customers.Clients.Group(conversation).ConversationEvent(customer), stoppingToken);
        }

        if (queueMoved)
        {
            _queuesToUpdate.TryAdd(change.QueueId, 0);
        }
    }

    // Places in a queue are recomputed at most twice a second per queue, however busy it is: a
    // burst of arrivals or offers would otherwise re-read the whole queue for every single step.
    private async Task PushQueuePositionsAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(PositionInterval);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            foreach (var queueId in _queuesToUpdate.Keys)
            {
                _queuesToUpdate.TryRemove(queueId, out _);
                try
                {
                    foreach (var position in await positions.OfQueueAsync(queueId, stoppingToken))
                    {
                        await pushes.StartAsync(() => customers.Clients.Group(ConversationGroups.Conversation(position.ConversationId)).QueuePosition(position), stoppingToken);
                    }
                }
                catch (Exception e) when (e is not OperationCanceledException)
                {
                    LogPositionsFailed(logger, e, queueId);
                }
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Pushing queue positions of {QueueId} failed; they are pushed again at the next change")]
    private static partial void LogPositionsFailed(ILogger logger, Exception exception, string queueId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Notification queue full; conversation {ConversationId} clients will catch up on reconnect")]
    private static partial void LogDropped(ILogger logger, Guid conversationId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Pushing conversation {ConversationId} failed; its clients catch up by version")]
    private static partial void LogSendFailed(ILogger logger, Exception exception, Guid conversationId);
}
