using ContactCenter.Domain.Queues;
using ContactCenter.Domain.Routing;

namespace ContactCenter.Domain.Agents;

// Facts of an agent's presence stream: every change is kept for analytics and the wallboard.

/// <summary>What every fact of an agent's presence stream shares; the fold lists each subtype (docs/domain.md, "Adding an event").</summary>
public abstract record AgentPresenceEvent(Guid AgentId, DateTimeOffset At);

/// <summary>The agent's global state changed. A reason code comes with not-ready; "why" says who or what caused it.</summary>
public sealed record AgentStateChanged(Guid AgentId, GlobalState State, string? ReasonCodeId, string Why, DateTimeOffset At) : AgentPresenceEvent(AgentId, At);

/// <summary>The agent's state or capacity on one channel kind changed.</summary>
public sealed record AgentChannelChanged(Guid AgentId, ChannelKind Channel, bool Ready, int Capacity, DateTimeOffset At) : AgentPresenceEvent(AgentId, At);

/// <summary>A channel of the agent reached its capacity (busy) or has room again; set by the system, never chosen.</summary>
public sealed record AgentChannelBusyChanged(Guid AgentId, ChannelKind Channel, bool Busy, DateTimeOffset At) : AgentPresenceEvent(AgentId, At);

/// <summary>Every concrete presence event: what the store registers and the exhaustiveness tests enumerate.</summary>
public static class AgentPresenceEventTypes
{
    public static readonly IReadOnlyList<Type> All =
        [.. typeof(AgentPresenceEvent).Assembly.GetTypes().Where(t => t.IsSubclassOf(typeof(AgentPresenceEvent)) && !t.IsAbstract).OrderBy(t => t.Name, StringComparer.Ordinal)];
}
