using System.Threading.Channels;
using ContactCenter.Contracts.Realtime;
using ContactCenter.Domain.Conversations;
using ContactCenter.Server.Features.Conversations.Handling;
using ContactCenter.Server.Features.Conversations.Waiting;
using Microsoft.AspNetCore.SignalR;

namespace ContactCenter.Server.Realtime;

/// <summary>
/// Pushes committed conversation steps to hub groups. Commands only enqueue (never wait on a slow
/// client); a background sender drains the queue. A push is at most once: a client that misses
/// one sees a version gap and asks for the steps after its last version.
/// </summary>
public sealed partial class ConversationNotifier(
    IHubContext<AgentHub, IAgentClient> agents,
    IHubContext<CustomerHub, ICustomerClient> customers,
    QueuePositions positions,
    ILogger<ConversationNotifier> logger) : BackgroundService
{
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
        await foreach (var change in _changes.Reader.ReadAllAsync(stoppingToken))
        {
            try
            {
                await SendAsync(change);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                LogSendFailed(logger, e, change.ConversationId);
            }
        }
    }

    private async Task SendAsync(ConversationChange change)
    {
        var conversation = ConversationGroups.Conversation(change.ConversationId);
        var queueMoved = false;
        foreach (var step in change.Steps)
        {
            var staff = ConversationEventMapper.ToDto(change.ConversationId, step, Audience.Staff);
            await agents.Clients.Group(conversation).ConversationEvent(staff);
            if (ChangesTheQueue(step.Event))
            {
                queueMoved = true;
                await agents.Clients.Group(ConversationGroups.Queue(change.QueueId)).ConversationEvent(staff);
            }

            await customers.Clients.Group(conversation).ConversationEvent(ConversationEventMapper.ToDto(change.ConversationId, step, Audience.Customer));
        }

        if (queueMoved)
        {
            foreach (var position in await positions.OfQueueAsync(change.QueueId, CancellationToken.None))
            {
                await customers.Clients.Group(ConversationGroups.Conversation(position.ConversationId)).QueuePosition(position);
            }
        }
    }

    private static bool ChangesTheQueue(object step) =>
        step is ConversationStarted or ConversationAssigned or OfferAccepted or ConversationOffered or OfferDeclined or CustomerLeft or ConversationEnded or ConversationResolved;

    [LoggerMessage(Level = LogLevel.Warning, Message = "Notification queue full; conversation {ConversationId} clients will catch up on reconnect")]
    private static partial void LogDropped(ILogger logger, Guid conversationId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Pushing conversation {ConversationId} failed; its clients catch up by version")]
    private static partial void LogSendFailed(ILogger logger, Exception exception, Guid conversationId);
}
