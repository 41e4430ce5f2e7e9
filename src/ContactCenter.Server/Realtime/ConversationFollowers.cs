using System.Collections.Concurrent;
using System.Threading.Channels;
using ContactCenter.Contracts.Realtime;
using ContactCenter.Domain.Access;
using ContactCenter.Domain.Conversations;
using ContactCenter.Domain.Queues;
using ContactCenter.Domain.Teams;
using ContactCenter.Server.Features.Agents.Presence;
using ContactCenter.Server.Persistence;
using Marten;
using Microsoft.AspNetCore.SignalR;
using Npgsql;

namespace ContactCenter.Server.Realtime;

/// <summary>
/// Takes staff out of a conversation's group once they may no longer follow it (it moved to a queue
/// they are not in), on every node. Removing a connection from a group works only on the node that
/// holds it (without Redis), so each node re-checks its own connections (<see cref="ConnectedStaff"/>):
/// the node that committed the move does so before it pushes any later step of that conversation,
/// then tells the other nodes through a PostgreSQL notification, which works with one node or many
/// and with or without Redis. A node that misses the notification still refuses every read and
/// command of the conversation (the access rule is checked on each call); it may only push a few
/// more steps until the follower reconnects, which rebuilds groups from the rule.
/// </summary>
public sealed partial class ConversationFollowers(
    ConnectedStaff connected, StaffGroups staffGroups, IDocumentStore store, IHubContext<AgentHub, IAgentClient> hub,
    NpgsqlDataSource dataSource, DatabaseConnection database, TimeProvider clock, ILogger<ConversationFollowers> logger) : BackgroundService
{
    private const string Topic = "followers";
    private static readonly TimeSpan RetryListening = TimeSpan.FromSeconds(2);
    private readonly Channel<Guid> _moved = System.Threading.Channels.Channel.CreateUnbounded<Guid>(new UnboundedChannelOptions { SingleReader = true });
    private readonly ConcurrentDictionary<Guid, TaskCompletionSource> _rechecked = new();
    private readonly TaskCompletionSource _listened = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>After a committed move of <paramref name="conversationId"/> to another queue: this node at once, the others when told.</summary>
    public async Task MovedAsync(Guid conversationId, CancellationToken cancellationToken)
    {
        await RecheckAsync(conversationId, cancellationToken);
        try
        {
            await ChangeSignal.NotifyAsync(dataSource, database, Topic, conversationId.ToString(), cancellationToken);
        }
        catch (NpgsqlException e)
        {
            LogNotifyFailed(logger, e, conversationId);
        }
    }

    /// <summary>Completes once this node first listens for moves.</summary>
    internal Task ListeningAsync() => _listened.Task;

    /// <summary>Completes when this node next finishes re-checking the conversation's followers: lets tests wait on the fact.</summary>
    internal Task RecheckedAsync(Guid conversationId) =>
        _rechecked.GetOrAdd(conversationId, _ => new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously)).Task;

    /// <summary>Removes this node's connections that may no longer follow the conversation from its group.</summary>
    internal async Task RecheckAsync(Guid conversationId, CancellationToken cancellationToken)
    {
        try
        {
            await RemoveLostFollowersAsync(conversationId, cancellationToken);
        }
        finally
        {
            if (_rechecked.TryRemove(conversationId, out var waiting))
            {
                waiting.TrySetResult();
            }
        }
    }

    private async Task RemoveLostFollowersAsync(Guid conversationId, CancellationToken cancellationToken)
    {
        var connections = connected.All;
        if (connections.Count == 0)
        {
            return;
        }

        await using var session = store.QuerySession();
        var batch = session.CreateBatchQuery();
        var loadConversation = batch.Load<ConversationHistory>(conversationId);
        var loadRoles = batch.Query<Role>().ToList();
        var loadTeams = batch.Query<Team>().ToList();
        var loadQueues = batch.Query<Queue>().ToList();
        await batch.Execute(cancellationToken);
        if (await loadConversation is not { } conversation)
        {
            return;
        }

        var users = (await session.LoadManyAsync<StaffUser>(cancellationToken, connections.Select(c => c.UserId).Distinct())).ToDictionary(u => u.Id);
        IReadOnlyList<Role> roles = [.. BuiltInRoles.All, .. await loadRoles];
        var (teams, queues) = (await loadTeams, await loadQueues);
        var group = ConversationGroups.Conversation(conversationId);
        foreach (var connection in connections)
        {
            // A user gone or disabled loses the group too (SessionGuard closes the connection soon after).
            if (users.GetValueOrDefault(connection.UserId) is not { Disabled: false } user || !AccessGrant.For(user, roles, teams, queues).CanFollow(conversation))
            {
                // Through the mirror, so the notifier stops leaving this connection out of queue copies.
                await staffGroups.LeaveAsync(hub.Groups, connection.Context.ConnectionId, group);
            }
        }
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var rechecks = RecheckToldAsync(stoppingToken);
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await ChangeSignal.ListenAsync(database, Topic, listening: () => _listened.TrySetResult(),
                    changed: payload =>
                    {
                        if (Guid.TryParse(payload, out var conversationId))
                        {
                            _moved.Writer.TryWrite(conversationId);
                        }
                    },
                    stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException || !stoppingToken.IsCancellationRequested)
            {
                LogListenFailed(logger, e);
                await Task.Delay(RetryListening, clock, stoppingToken);
            }
        }

        await rechecks;
    }

    private async Task RecheckToldAsync(CancellationToken stoppingToken)
    {
        await foreach (var conversationId in _moved.Reader.ReadAllAsync(stoppingToken))
        {
            try
            {
                await RecheckAsync(conversationId, stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                LogRecheckFailed(logger, e, conversationId);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not tell other nodes that conversation {ConversationId} moved; their followers are re-checked on their next call")]
    private static partial void LogNotifyFailed(ILogger logger, Exception exception, Guid conversationId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Not listening for conversation moves; retrying")]
    private static partial void LogListenFailed(ILogger logger, Exception exception);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Re-checking the followers of conversation {ConversationId} failed")]
    private static partial void LogRecheckFailed(ILogger logger, Exception exception, Guid conversationId);
}
