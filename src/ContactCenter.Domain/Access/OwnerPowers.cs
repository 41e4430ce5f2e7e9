using ContactCenter.Domain.Common;

namespace ContactCenter.Domain.Access;

/// <summary>
/// The powers above admin: every permission of the owner role that the admin role lacks (today
/// the account itself). Only an owner grants, composes or removes them, so an admin can never
/// make anyone (themselves included) more than an admin; and the last enabled owner never loses
/// them, so the account always has someone who can manage it.
/// </summary>
public static class OwnerPowers
{
    public static readonly RuleViolation OwnerOnly = RuleViolation.Forbidden("owner-only", "Only an owner can grant, change or remove owner powers.");

    public static readonly RuleViolation LastOwner = RuleViolation.Conflict("last-owner", "This is the last enabled owner: make another user owner first.");

    /// <summary>Computed from the two built-in roles, so a permission added to owner alone is protected at once.</summary>
    public static readonly IReadOnlySet<string> AboveAdmin =
        BuiltInRoles.Find(BuiltInRoles.Owner)!.Permissions.Except(BuiltInRoles.Find(BuiltInRoles.Admin)!.Permissions).ToHashSet();

    /// <summary>Any of the powers above admin: such a set may only be granted or changed by an owner.</summary>
    public static bool AnyIn(IEnumerable<string> permissions) => permissions.Any(AboveAdmin.Contains);

    /// <summary>An owner holds every power above admin.</summary>
    public static bool IsOwner(this AccessGrant grant) => AboveAdmin.All(grant.Has);

    /// <summary>The union of permissions that <paramref name="roleIds"/> give, among <paramref name="roles"/>.</summary>
    public static IReadOnlySet<string> PermissionsOf(IEnumerable<string> roleIds, IEnumerable<Role> roles)
    {
        var held = roleIds.ToHashSet();
        return roles.Where(r => held.Contains(r.Id)).SelectMany(r => r.Permissions).ToHashSet();
    }

    /// <summary>Creating a user with <paramref name="roleIds"/>.</summary>
    public static RuleViolation? MayCreate(AccessGrant actor, IEnumerable<string> roleIds, IReadOnlyList<Role> roles) =>
        !actor.IsOwner() && AnyIn(PermissionsOf(roleIds, roles)) ? OwnerOnly : null;

    /// <summary>
    /// Giving <paramref name="target"/> the roles <paramref name="roleIds"/>: a non-owner touches no
    /// one who holds owner powers and gives none; nobody takes them from the last enabled owner.
    /// </summary>
    public static RuleViolation? MayChangeRoles(
        AccessGrant actor, StaffUser target, IReadOnlyList<string> roleIds, IReadOnlyList<Role> roles, IReadOnlyList<StaffUser> users) =>
        !actor.IsOwner() && (AnyIn(PermissionsOf(target.Roles, roles)) || AnyIn(PermissionsOf(roleIds, roles))) ? OwnerOnly
        : LeavesNoOwner(users, roles, users.Select(u => u.Id == target.Id ? u with { Roles = roleIds } : u), roles) ? LastOwner
        : null;

    /// <summary>Disabling (or enabling) <paramref name="target"/>.</summary>
    public static RuleViolation? MaySetDisabled(AccessGrant actor, StaffUser target, bool disabled, IReadOnlyList<Role> roles, IReadOnlyList<StaffUser> users) =>
        !actor.IsOwner() && AnyIn(PermissionsOf(target.Roles, roles)) ? OwnerOnly
        : disabled && LeavesNoOwner(users, roles, users.Select(u => u.Id == target.Id ? u with { Disabled = true } : u), roles) ? LastOwner
        : null;

    /// <summary>
    /// Creating (<paramref name="before"/> null), cloning or changing a custom role into <paramref name="after"/>:
    /// a role with owner powers, before or after, is an owner's to compose; a change may not leave no owner.
    /// </summary>
    public static RuleViolation? MayCompose(AccessGrant actor, Role? before, Role after, IReadOnlyList<Role> roles, IReadOnlyList<StaffUser> users) =>
        !actor.IsOwner() && (AnyIn(after.Permissions) || (before is not null && AnyIn(before.Permissions))) ? OwnerOnly
        : before is not null && LeavesNoOwner(users, roles, users, [.. roles.Where(r => r.Id != after.Id), after]) ? LastOwner
        : null;

    /// <summary>Deleting a custom role (it has no holders by then).</summary>
    public static RuleViolation? MayDelete(AccessGrant actor, Role role) =>
        !actor.IsOwner() && AnyIn(role.Permissions) ? OwnerOnly : null;

    // Only a change that takes the last enabled owner away is refused: an account without any owner
    // (possible only by hand in the database) is not made worse by an unrelated change.
    private static bool LeavesNoOwner(IEnumerable<StaffUser> before, IReadOnlyList<Role> rolesBefore, IEnumerable<StaffUser> after, IReadOnlyList<Role> rolesAfter) =>
        CountOwners(before, rolesBefore) > 0 && CountOwners(after, rolesAfter) == 0;

    private static int CountOwners(IEnumerable<StaffUser> users, IReadOnlyList<Role> roles) =>
        users.Count(u => !u.Disabled && AboveAdmin.IsSubsetOf(PermissionsOf(u.Roles, roles)));
}
