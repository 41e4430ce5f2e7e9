using System.Threading.Channels;
using ContactCenter.Contracts.Realtime;
using ContactCenter.Contracts.Supervisor;
using ContactCenter.Server.Features.Supervising.Floor;
using Microsoft.AspNetCore.SignalR;

namespace ContactCenter.Server.Realtime;

/// <summary>
/// Sends the floor's changes to the wallboards watching each queue. The floor's loop only enqueues;
/// one background loop starts the sends (docs/realtime.md, rule 4). A lost push is healed by the
/// next change of the same queue or row (each carries the whole row) and by the snapshot on reconnect.
/// </summary>
public sealed partial class FloorNotifier(IHubContext<AgentHub, IAgentClient> agents, HubPushes pushes, StaffGroups staffGroups, ILogger<FloorNotifier> logger)
    : BackgroundService, IFloorPushes
{
    private readonly Channel<Func<Task>> _sends = Channel.CreateBounded<Func<Task>>(
        new BoundedChannelOptions(20_000) { FullMode = BoundedChannelFullMode.DropOldest, SingleReader = true });

    // Every node folds every commit and pushes to its own connections only (not through the
    // backplane): a wallboard hears one node's figures, whose versions follow one another.
    public void Queue(FloorQueueDto queue) => Enqueue(() => Watchers(queue.QueueId).FloorQueueChanged(queue));

    public void Agent(FloorAgentDto agent) => Enqueue(() => Watchers([.. agent.QueueIds]).FloorAgentChanged(agent));

    public void Conversation(string queueId, FloorConversationDto conversation) => Enqueue(() => Watchers(queueId).FloorConversationChanged(conversation));

    private IAgentClient Watchers(params string[] queueIds) =>
        agents.Clients.Clients(staffGroups.MembersOf([.. queueIds.Select(FloorGroups.Queue)]));

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await foreach (var send in _sends.Reader.ReadAllAsync(stoppingToken))
        {
            try
            {
                await pushes.StartAsync(send, stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                LogSendFailed(logger, e);
            }
        }
    }

    private void Enqueue(Func<Task> send)
    {
        if (!_sends.Writer.TryWrite(send))
        {
            LogDropped(logger);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Wallboard push queue full; wallboards catch up with the next change")]
    private static partial void LogDropped(ILogger logger);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Pushing a wallboard change failed; wallboards catch up with the next change")]
    private static partial void LogSendFailed(ILogger logger, Exception exception);
}
