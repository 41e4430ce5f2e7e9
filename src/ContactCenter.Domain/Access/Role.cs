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
        Slug.IsValid(Id) ? null : $"Role id '{Id}' must be lowercase letters, digits and dashes.",
        string.IsNullOrWhiteSpace(Name) ? $"Role '{Id}' needs a name." : null,
        Permissions.Count == 0 ? $"Role '{Id}' needs at least one permission." : null,
        .. Permissions.Where(p => !PermissionCatalog.Contains(p)).Order(StringComparer.Ordinal)
            .Select(p => $"Role '{Id}' names '{p}', which is not a permission of the catalog."),
    ]);
}
