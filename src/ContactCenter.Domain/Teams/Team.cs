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
        Slug.IsValid(Id) ? null : $"Team id '{TextLimits.Shorten(Id)}' must be lowercase letters, digits and dashes.",
        string.IsNullOrWhiteSpace(Name) ? $"Team '{TextLimits.Shorten(Id)}' needs a name." : null,
        TextLimits.TooLong(Name, TextLimits.PersonName, "A team's name"),
        MemberIds.Contains(Guid.Empty) ? $"Team '{TextLimits.Shorten(Id)}' names an empty user id." : null,
    ]);
}
