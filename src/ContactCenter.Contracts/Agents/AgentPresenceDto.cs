namespace ContactCenter.Contracts.Agents;

/// <summary>An agent's presence as their own screens and supervisors see it.</summary>
/// <param name="AgentId">The agent.</param>
/// <param name="State">"Offline", "Ready", "NotReady" or "Busy" (the system's: at capacity on every ready channel).</param>
/// <param name="ReasonCodeId">Why not ready, such as "lunch" or "missed-offer".</param>
/// <param name="Since">When the state began.</param>
/// <param name="Channels">The state and capacity per channel kind.</param>
/// <param name="Version">The presence's version: apply only a newer one.</param>
public sealed record AgentPresenceDto(Guid AgentId, string State, string? ReasonCodeId, DateTimeOffset Since, IReadOnlyList<ChannelStateDto> Channels, long Version);

/// <summary>One channel kind of an agent.</summary>
/// <param name="Channel">"Chat", "Email" or "Social".</param>
/// <param name="Ready">Whether offers may come on this channel.</param>
/// <param name="Capacity">How many conversations at once.</param>
/// <param name="Busy">Ready but at capacity (set by the system): no offers until a conversation ends.</param>
public sealed record ChannelStateDto(string Channel, bool Ready, int Capacity, bool Busy = false);
