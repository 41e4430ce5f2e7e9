using ContactCenter.Domain.Common;

namespace ContactCenter.Domain.Access;

/// <summary>A person who signs in to work: agent, supervisor, admin or owner. Roles are a union.</summary>
public sealed record StaffUser
{
    public required Guid Id { get; init; }
    public required string UserName { get; init; }
    public required string DisplayName { get; init; }
    public required string Email { get; init; }
    public required IReadOnlyList<string> Roles { get; init; }
    public required string PasswordHash { get; init; }
    public IReadOnlyList<string> QueueIds { get; init; } = [];
    public bool Disabled { get; init; }

    public ValidationErrors Validate() => ValidationErrors.Of(
    [
        string.IsNullOrWhiteSpace(UserName) ? "A user needs a user name." : null,
        UserName.Any(char.IsWhiteSpace) ? $"User name '{UserName}' must not contain spaces." : null,
        string.IsNullOrWhiteSpace(DisplayName) ? $"User '{UserName}' needs a display name." : null,
        Roles.Count == 0 ? $"User '{UserName}' needs at least one role." : null,
        .. QueueIds.Where(q => !Slug.IsValid(q)).Select(q => $"User '{UserName}' names an invalid queue id '{q}'."),
    ]);
}
