using System.Collections.Concurrent;
using System.Security.Claims;
using ContactCenter.Server.Features.Access.Authentication;
using Microsoft.AspNetCore.SignalR;

namespace ContactCenter.Server.Features.Agents.Presence;

/// <summary>
/// This node's open staff connections, so that the node can close those whose access ended.
/// Node-local on purpose: a connection lives on one node, and each node guards its own.
/// </summary>
public sealed class ConnectedStaff
{
    private readonly ConcurrentDictionary<string, Connection> _connections = new();

    public sealed record Connection(HubCallerContext Context, Guid UserId, Guid Stamp);

    public void Add(HubCallerContext context)
    {
        if (Guid.TryParse(context.User?.FindFirstValue(ContactCenterClaims.UserId), out var userId)
            && Guid.TryParse(context.User?.FindFirstValue(ContactCenterClaims.SecurityStamp), out var stamp))
        {
            _connections[context.ConnectionId] = new Connection(context, userId, stamp);
        }
    }

    public void Remove(string connectionId) => _connections.TryRemove(connectionId, out _);

    public IReadOnlyCollection<Connection> All => [.. _connections.Values];
}
