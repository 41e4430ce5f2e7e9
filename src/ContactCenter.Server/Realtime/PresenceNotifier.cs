using System.Threading.Channels;
using ContactCenter.Contracts.Agents;
using ContactCenter.Contracts.Realtime;
using ContactCenter.Server.Features.Agents.Presence;
using Microsoft.AspNetCore.SignalR;

namespace ContactCenter.Server.Realtime;

/// <summary>
/// Pushes committed presence changes to the agent's tabs and the supervisors. Callers (hub calls,
/// the router's loop) only enqueue: a slow screen must never hold up routing. A missed push heals
/// itself: each push carries the presence's version, and screens read it afresh on connect.
/// </summary>
public sealed partial class PresenceNotifier(
    IHubContext<AgentHub, IAgentClient> agents, HubPushes pushes, StaffGroups staffGroups, ILogger<PresenceNotifier> logger) : BackgroundService, IPresencePushes
{
    private readonly Channel<AgentPresenceDto> _changes = Channel.CreateBounded<AgentPresenceDto>(
        new BoundedChannelOptions(10_000) { FullMode = BoundedChannelFullMode.DropWrite, SingleReader = true });

    public void Publish(AgentPresenceDto presence)
    {
        if (!_changes.Writer.TryWrite(presence))
        {
            LogDropped(logger, presence.AgentId);
        }
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await foreach (var presence in _changes.Reader.ReadAllAsync(stoppingToken))
        {
            try
            {
                // A supervisor's own tabs are in both groups: each connection gets the change once.
                var own = AgentGroups.Agent(presence.AgentId);
                await pushes.StartAsync(() => agents.Clients.Group(own).PresenceChanged(presence), stoppingToken);
                await pushes.StartAsync(() => agents.Clients.GroupExcept(AgentGroups.Supervisors, staffGroups.MembersOf(own)).PresenceChanged(presence), stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                LogSendFailed(logger, e, presence.AgentId);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Presence queue full; agent {AgentId}'s screens catch up on their next read")]
    private static partial void LogDropped(ILogger logger, Guid agentId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Pushing agent {AgentId}'s presence failed; screens catch up on their next read")]
    private static partial void LogSendFailed(ILogger logger, Exception exception, Guid agentId);
}
