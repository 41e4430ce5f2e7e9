namespace ContactCenter.Server.Features.Agents.Presence;

/// <summary>
/// When an agent last had a live connection, on any node: refreshed while connected and at each
/// connect and disconnect. An agent unseen for the grace period is set offline, even if the node
/// that held their connections crashed and never said goodbye.
/// </summary>
public sealed record AgentLastSeen(Guid Id, DateTimeOffset At);
