using ContactCenter.Domain.Common;

namespace ContactCenter.Domain.Teams;

/// <summary>A group of staff an admin keeps ("night shift", "billing experts"): queues list teams as members.</summary>
public sealed record Team
{
    public required string Id { get; init; }
    public required string Name { get; init; }
    public IReadOnlyList<Guid> MemberIds { get; init; } = [];

    public ValidationErrors Validate() => ValidationErrors.Of(
    [
        Slug.IsValid(Id) ? null : $"Team id '{Id}' must be lowercase letters, digits and dashes.",
        string.IsNullOrWhiteSpace(Name) ? $"Team '{Id}' needs a name." : null,
        MemberIds.Contains(Guid.Empty) ? $"Team '{Id}' names an empty user id." : null,
    ]);
}
