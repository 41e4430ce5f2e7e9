using System.Threading.Channels;
using ContactCenter.Contracts.Realtime;
using ContactCenter.Domain.Conversations;
using ContactCenter.Server.Features.Conversations.Handling;
using ContactCenter.Server.Features.Conversations.Waiting;
using Microsoft.AspNetCore.SignalR;

namespace ContactCenter.Server.Realtime;

/// <summary>
/// Pushes committed conversation steps to hub groups. Commands only enqueue, in commit order (the
/// handler publishes inside the conversation's gate); one background loop hands every step to the
/// groups in that order. It starts each send and moves on without waiting for it to complete: a
/// connection's writes stay in the order they were started, healthy connections are written at
/// once, and a connection that stopped reading holds up only its own writes until the transport's
/// send timeout closes it (<see cref="RealtimeSetup"/>); it then resumes by version. A push is at
/// most once: a client that misses one sees a version gap and asks for the steps after its last.
/// </summary>
public sealed partial class ConversationNotifier(
    IHubContext<AgentHub, IAgentClient> agents,
    IHubContext<CustomerHub, ICustomerClient> customers,
    StaffGroups staffGroups,
    QueuePositions positions,
    ILogger<ConversationNotifier> logger) : BackgroundService
{
    private static readonly TimeSpan PositionInterval = TimeSpan.FromMilliseconds(500);
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, byte> _queuesToUpdate = new();
    private readonly Channel<ConversationChange> _changes = Channel.CreateBounded<ConversationChange>(
        new BoundedChannelOptions(10_000) { FullMode = BoundedChannelFullMode.DropWrite, SingleReader = true });

    // Sends started and not completed: bounded, so that connections closing slowly cannot pile up memory.
    private readonly SemaphoreSlim _inFlight = new(20_000);

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
            await StartAsync(() => agents.Clients.Group(conversation).ConversationEvent(staff), change.ConversationId, stoppingToken);
            if (step.Event is ConversationMovedToQueue moved)
            {
                // Staff of the queue it left see it go, staff of the new queue see it come; the
                // customers of both queues get their places again.
                var from = ConversationGroups.Queue(moved.FromQueueId);
                var to = ConversationGroups.Queue(moved.ToQueueId);
                await StartAsync(() => agents.Clients.GroupExcept(from, staffGroups.MembersOf(conversation)).ConversationEvent(staff), change.ConversationId, stoppingToken);
                await StartAsync(() => agents.Clients.GroupExcept(to, staffGroups.MembersOf(conversation, from)).ConversationEvent(staff), change.ConversationId, stoppingToken);
                _queuesToUpdate.TryAdd(moved.FromQueueId, 0);
                queueMoved = true;
            }
            else if (ChangesTheQueue(step.Event))
            {
                // A follower of the conversation has the step already: each connection gets it once.
                queueMoved = true;
                var queue = ConversationGroups.Queue(change.QueueId);
                await StartAsync(() => agents.Clients.GroupExcept(queue, staffGroups.MembersOf(conversation)).ConversationEvent(staff), change.ConversationId, stoppingToken);
            }

            var customer = ConversationEventMapper.ToDto(change.ConversationId, step, Audience.Customer);
            await StartAsync(() => customers.Clients.Group(conversation).ConversationEvent(customer), change.ConversationId, stoppingToken);
        }

        if (queueMoved)
        {
            _queuesToUpdate.TryAdd(change.QueueId, 0);
        }
    }

    // Starts one group send and returns without waiting for its writes to complete (see the class
    // comment); failures are logged when they surface.
    private async Task StartAsync(Func<Task> send, Guid conversationId, CancellationToken stoppingToken)
    {
        await _inFlight.WaitAsync(stoppingToken);
        Task sending;
        try
        {
            sending = send();
        }
        catch
        {
            _inFlight.Release();
            throw;
        }

        _ = sending.ContinueWith(
            static (done, state) =>
            {
                var (inFlight, log, id) = ((SemaphoreSlim, ILogger, Guid))state!;
                try
                {
                    inFlight.Release();
                }
                catch (ObjectDisposedException)
                {
                    // The node is stopping.
                }

                if (done.Exception is { } e)
                {
                    LogSendFailed(log, e.GetBaseException(), id);
                }
            },
            (_inFlight, (ILogger)logger, conversationId), CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
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
                        await StartAsync(() => customers.Clients.Group(ConversationGroups.Conversation(position.ConversationId)).QueuePosition(position), position.ConversationId, stoppingToken);
                    }
                }
                catch (Exception e) when (e is not OperationCanceledException)
                {
                    LogPositionsFailed(logger, e, queueId);
                }
            }
        }
    }

    public override void Dispose()
    {
        _inFlight.Dispose();
        base.Dispose();
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Pushing queue positions of {QueueId} failed; they are pushed again at the next change")]
    private static partial void LogPositionsFailed(ILogger logger, Exception exception, string queueId);

    private static bool ChangesTheQueue(object step) =>
        step is ConversationStarted or ConversationAssigned or OfferAccepted or ConversationOffered or OfferDeclined or CustomerLeft or ConversationEnded or ConversationResolved;

    [LoggerMessage(Level = LogLevel.Warning, Message = "Notification queue full; conversation {ConversationId} clients will catch up on reconnect")]
    private static partial void LogDropped(ILogger logger, Guid conversationId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Pushing conversation {ConversationId} failed; its clients catch up by version")]
    private static partial void LogSendFailed(ILogger logger, Exception exception, Guid conversationId);
}
