namespace ContactCenter.Contracts.Access;

/// <summary>A team of staff; queues list teams as members.</summary>
/// <param name="Id">Stable id: lowercase letters, digits and dashes.</param>
/// <param name="Name">Display name.</param>
/// <param name="MemberIds">The staff users in the team.</param>
/// <param name="QueueIds">The queues that list the team, so its members work them.</param>
public sealed record TeamDto(string Id, string Name, IReadOnlyList<Guid> MemberIds, IReadOnlyList<string> QueueIds);

/// <summary>A team to create or replace.</summary>
/// <param name="Id">Stable id: lowercase letters, digits and dashes (ignored on replace: the address names it).</param>
/// <param name="Name">Display name.</param>
/// <param name="MemberIds">Ids of existing staff users.</param>
public sealed record TeamRequest(string Id, string Name, IReadOnlyList<Guid> MemberIds);
