using ContactCenter.Domain.Queues;
using ContactCenter.Domain.Routing;

namespace ContactCenter.Domain.Agents;

// Facts of an agent's presence stream: every change is kept for analytics and the wallboard.

/// <summary>The agent's global state changed. A reason code comes with not-ready; "why" says who or what caused it.</summary>
public sealed record AgentStateChanged(Guid AgentId, GlobalState State, string? ReasonCodeId, string Why, DateTimeOffset At);

/// <summary>The agent's state or capacity on one channel kind changed.</summary>
public sealed record AgentChannelChanged(Guid AgentId, ChannelKind Channel, bool Ready, int Capacity, DateTimeOffset At);

/// <summary>A channel of the agent reached its capacity (busy) or has room again; set by the system, never chosen.</summary>
public sealed record AgentChannelBusyChanged(Guid AgentId, ChannelKind Channel, bool Busy, DateTimeOffset At);
