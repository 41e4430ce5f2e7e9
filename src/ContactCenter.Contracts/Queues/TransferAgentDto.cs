namespace ContactCenter.Contracts.Queues;

/// <summary>A member of a queue as the transfer dialog shows them: who, their live state and their free seats.</summary>
/// <param name="AgentId">The agent.</param>
/// <param name="DisplayName">Their name.</param>
/// <param name="State">Their global state now: Ready, Busy, NotReady (offline members are not listed).</param>
/// <param name="FreeCapacity">Chats they could take on the conversation's channel now: capacity minus what they hold and are offered.</param>
public sealed record TransferAgentDto(Guid AgentId, string DisplayName, string State, int FreeCapacity);
