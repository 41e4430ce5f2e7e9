using ContactCenter.Domain.Common;

namespace ContactCenter.Domain.Access;

/// <summary>A named set of permissions. Built-in roles are fixed; custom roles are an admin's.</summary>
public sealed record Role
{
    public required string Id { get; init; }
    public required string Name { get; init; }
    public string Description { get; init; } = "";
    public required IReadOnlyCollection<string> Permissions { get; init; }
    public bool IsBuiltIn { get; init; }

    public bool Grants(string permission) => Permissions.Contains(permission);

    public ValidationErrors Validate() => ValidationErrors.Of(
    [
        Slug.IsValid(Id) ? null : $"Role id '{TextLimits.Shorten(Id)}' must be lowercase letters, digits and dashes.",
        string.IsNullOrWhiteSpace(Name) ? $"Role '{TextLimits.Shorten(Id)}' needs a name." : null,
        TextLimits.TooLong(Name, TextLimits.RoleName, "A role's name"),
        TextLimits.TooLong(Description, TextLimits.Description, "A role's description"),
        Permissions.Count == 0 ? $"Role '{TextLimits.Shorten(Id)}' needs at least one permission." : null,
        .. Permissions.Where(p => !PermissionCatalog.Contains(p)).Order(StringComparer.Ordinal)
            .Select(p => $"Role '{TextLimits.Shorten(Id)}' names '{TextLimits.Shorten(p)}', which is not a permission of the catalog."),
    ]);
}
