namespace ContactCenter.Server.Features.Agents.Presence;

/// <summary>
/// The agents holding at least one live staff connection on one node, as that node last wrote it:
/// at each connect and disconnect, and at every heartbeat. A node not heard from for
/// <see cref="LiveConnections.NodeTimeout"/> crashed or stopped, and its agents count as gone.
/// </summary>
public sealed record StaffNode(Guid Id, Guid[] AgentIds, DateTimeOffset At);
