using ContactCenter.Domain.Queues;
using ContactCenter.Domain.Routing;

namespace ContactCenter.Domain.Agents;

public abstract record AgentPresenceCommand(Guid AgentId, DateTimeOffset Now);

/// <summary>The agent chooses ready, not-ready (with a reason code from the admin's list) or offline.</summary>
public sealed record ChooseState(Guid AgentId, GlobalState State, string? ReasonCodeId, DateTimeOffset Now) : AgentPresenceCommand(AgentId, Now);

/// <summary>The agent turns a channel on or off, or changes how many conversations it may hold at once.</summary>
public sealed record SetChannel(Guid AgentId, ChannelKind Channel, bool Ready, int Capacity, DateTimeOffset Now) : AgentPresenceCommand(AgentId, Now);

/// <summary>An offer timed out on a queue whose rule sets the agent not-ready with "missed offer".</summary>
public sealed record MissOffer(Guid AgentId, DateTimeOffset Now) : AgentPresenceCommand(AgentId, Now);

/// <summary>Every connection of the agent has been gone for the grace period.</summary>
public sealed record LoseAllConnections(Guid AgentId, DateTimeOffset Now) : AgentPresenceCommand(AgentId, Now);

/// <summary>
/// The agent's session ended: they signed out, or their account was disabled or their access changed
/// (a role or team change ends every session). Offline at once, not after the grace period.
/// </summary>
public sealed record EndSession(Guid AgentId, string Why, DateTimeOffset Now) : AgentPresenceCommand(AgentId, Now)
{
    public const string SignedOut = "signed-out";
    public const string AccessEnded = "access-ended";
}

/// <summary>
/// The system reports how many conversations the agent holds or is being offered on each channel:
/// a channel at capacity shows busy, and so does the agent once every ready channel is.
/// </summary>
public sealed record ReportLoad(Guid AgentId, IReadOnlyDictionary<ChannelKind, int> Load, DateTimeOffset Now) : AgentPresenceCommand(AgentId, Now);
