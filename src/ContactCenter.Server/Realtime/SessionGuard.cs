using ContactCenter.Contracts.Realtime;
using ContactCenter.Domain.Access;
using ContactCenter.Server.Features.Agents.Presence;
using Marten;
using Microsoft.AspNetCore.SignalR;

namespace ContactCenter.Server.Realtime;

/// <summary>
/// Every couple of seconds, closes this node's hub connections of users who were disabled or whose
/// access changed (a new security stamp). Tokens are checked only at connect, so this is what
/// makes a revocation reach open connections on every node, with no message between nodes.
/// </summary>
internal sealed partial class SessionGuard(
    ConnectedStaff connected, IDocumentStore store, IHubContext<AgentHub, IAgentClient> hub, LiveConnections live, SessionPresence presence,
    ILogger<SessionGuard> logger) : BackgroundService
{
    public static readonly TimeSpan Interval = TimeSpan.FromSeconds(2);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Interval);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                await SweepAsync(stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                LogSweepFailed(logger, e);
            }
        }
    }

    internal async Task SweepAsync(CancellationToken cancellationToken)
    {
        var connections = connected.All;
        if (connections.Count == 0)
        {
            return;
        }

        await using var session = store.QuerySession();
        var users = (await session.LoadManyAsync<StaffUser>(cancellationToken, connections.Select(c => c.UserId).Distinct())).ToDictionary(u => u.Id);
        var ended = new HashSet<Guid>();
        foreach (var connection in connections)
        {
            var user = users.GetValueOrDefault(connection.UserId);
            if (user is { Disabled: false } && user.SecurityStamp == connection.Stamp)
            {
                continue;
            }

            var reason = user is { Disabled: true } ? "Your account was disabled." : "Your access changed; sign in again.";
            await hub.Clients.Client(connection.Context.ConnectionId).SessionEnded(reason);
            connection.Context.Abort();
            connected.Remove(connection.Context.ConnectionId);
            LogClosed(logger, connection.UserId, connection.Context.ConnectionId);
            ended.Add(connection.UserId);
        }

        if (ended.Count == 0)
        {
            return;
        }

        // The session ended, not a reload: offline at once (pushed to every node), and no offers
        // meanwhile. An agent already back on a fresh session on this node keeps their state.
        await live.PublishAsync(cancellationToken);
        foreach (var userId in ended.Where(id => !connected.All.Any(c => c.UserId == id)))
        {
            await presence.AccessEndedAsync(userId, cancellationToken);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Closed hub connection {ConnectionId} of user {UserId}: access ended")]
    private static partial void LogClosed(ILogger logger, Guid userId, string connectionId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Session sweep failed; retrying at the next tick")]
    private static partial void LogSweepFailed(ILogger logger, Exception exception);
}
