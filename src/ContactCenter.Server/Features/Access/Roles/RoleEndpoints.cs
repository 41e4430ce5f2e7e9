using ContactCenter.Domain.Common;
using ContactCenter.Contracts;
using ContactCenter.Contracts.Access;
using ContactCenter.Domain.Access;
using ContactCenter.Domain.Audit;
using ContactCenter.Server.Features.Access.Authorization;
using ContactCenter.Server.Features.Access.Grants;
using ContactCenter.Server.Features.Audit;
using ContactCenter.Server.Features.Shared;
using Marten;

namespace ContactCenter.Server.Features.Access.Roles;

/// <summary>
/// Built-in roles are fixed; custom roles are created, changed, cloned and deleted by admins, and
/// those holding powers above admin by owners only (<see cref="OwnerPowers"/>). A role still held
/// by users cannot be deleted: reassign them first. Changing a role renews the security stamp of
/// everyone who holds it.
/// </summary>
public static class RoleEndpoints
{
    public static IEndpointRouteBuilder MapRoles(this IEndpointRouteBuilder app)
    {
        app.MapGet(ApiRoutes.Permissions, () => PermissionCatalog.All.Select(p => new PermissionDto(p.Name, p.Area, p.Description)))
            .RequirePermission(Permissions.SettingsView).WithTags("Roles");
        var roles = app.MapGroup(ApiRoutes.Roles).WithTags("Roles");
        roles.MapGet("", ListAsync).RequirePermission(Permissions.SettingsView);
        roles.MapPost("", CreateAsync).RequirePermission(Permissions.SettingsRolesManage);
        roles.MapPut("/{id}", ReplaceAsync).RequirePermission(Permissions.SettingsRolesManage);
        roles.MapPost("/{id}/clone", CloneAsync).RequirePermission(Permissions.SettingsRolesManage);
        roles.MapDelete("/{id}", DeleteAsync).RequirePermission(Permissions.SettingsRolesManage);
        return app;
    }

    private static async Task<RoleDto[]> ListAsync(IQuerySession session, CancellationToken cancellationToken) =>
        [.. (await AccessGrants.RolesAsync(session, cancellationToken)).Select(ToDto)];

    private static async Task<IResult> CreateAsync(RoleRequest request, ChangeContext change, CancellationToken cancellationToken)
    {
        var role = ToRole(request);
        if (role.Validate() is { IsValid: false } errors)
        {
            return ApiProblems.Invalid(errors);
        }

        if (OwnerPowers.MayCompose(change.Actor, null, role, [], []) is { } refusal)
        {
            return refusal.ToProblem();
        }

        if (BuiltInRoles.IsBuiltIn(role.Id) || await change.Session.LoadAsync<Role>(role.Id, cancellationToken) is not null)
        {
            return ApiProblems.Conflict("role-exists", $"A role with id '{role.Id}' exists; choose another id.");
        }

        change.Session.Insert(role);
        change.Session.Record(change.Audit, AuditActions.RoleCreated, $"role:{role.Id}", Describe(role));
        await change.Session.SaveChangesAsync(cancellationToken);
        return Results.Created($"{ApiRoutes.Roles}/{role.Id}", ToDto(role));
    }

    private static async Task<IResult> ReplaceAsync(string id, RoleRequest request, ChangeContext change, CancellationToken cancellationToken)
    {
        if (BuiltInRoles.IsBuiltIn(id))
        {
            return ApiProblems.Refused("built-in-role", $"'{id}' is a built-in role and cannot be changed; clone it into a custom role instead.");
        }

        var role = ToRole(request with { Id = id });
        if (role.Validate() is { IsValid: false } errors)
        {
            return ApiProblems.Invalid(errors);
        }

        if (await change.Session.LoadAsync<Role>(id, cancellationToken) is not { } before)
        {
            return ApiProblems.NotFound($"Role '{id}'");
        }

        var (roles, users) = await OwnerPowerChecks.AccountAsync(change.Session, cancellationToken);
        if (OwnerPowers.MayCompose(change.Actor, before, role, roles, users) is { } refusal)
        {
            return refusal.ToProblem();
        }

        change.Session.Store(role);
        foreach (var holder in await HoldersAsync(change.Session, id, cancellationToken))
        {
            change.Session.Store(holder.WithNewSecurityStamp());
        }

        change.Session.Record(change.Audit, AuditActions.RoleChanged, $"role:{id}", Describe(role));
        await change.Session.SaveChangesAsync(cancellationToken);
        return Results.Ok(ToDto(role));
    }

    private static async Task<IResult> CloneAsync(string id, RoleRequest request, ChangeContext change, CancellationToken cancellationToken)
    {
        var source = BuiltInRoles.Find(id) ?? await change.Session.LoadAsync<Role>(id, cancellationToken);
        return source is null
            ? ApiProblems.NotFound($"Role '{id}'")
            : await CreateAsync(request with { Permissions = [.. source.Permissions] }, change, cancellationToken);
    }

    private static async Task<IResult> DeleteAsync(string id, ChangeContext change, CancellationToken cancellationToken)
    {
        if (BuiltInRoles.IsBuiltIn(id))
        {
            return ApiProblems.Refused("built-in-role", $"'{id}' is a built-in role and cannot be deleted.");
        }

        if (await change.Session.LoadAsync<Role>(id, cancellationToken) is not { } role)
        {
            return ApiProblems.NotFound($"Role '{id}'");
        }

        if (OwnerPowers.MayDelete(change.Actor, role) is { } refusal)
        {
            return refusal.ToProblem();
        }

        var holders = await HoldersAsync(change.Session, id, cancellationToken);
        if (holders.Count > 0)
        {
            return ApiProblems.Conflict("role-in-use",
                $"'{id}' is held by {string.Join(", ", holders.Select(u => u.UserName))}; give them other roles first.");
        }

        change.Session.Delete<Role>(id);
        change.Session.Record(change.Audit, AuditActions.RoleDeleted, $"role:{id}");
        await change.Session.SaveChangesAsync(cancellationToken);
        return Results.NoContent();
    }

    private static async Task<IReadOnlyList<StaffUser>> HoldersAsync(IQuerySession session, string roleId, CancellationToken cancellationToken) =>
        [.. (await session.Query<StaffUser>().ToListAsync(cancellationToken)).Where(u => u.Roles.Contains(roleId))];

    private static Role ToRole(RoleRequest r) =>
        new() { Id = r.Id.Trim(), Name = PlainName.Clean(r.Name), Description = r.Description, Permissions = r.Permissions.ToHashSet() };

    private static RoleDto ToDto(Role r) => new(r.Id, r.Name, r.Description, [.. r.Permissions.Order(StringComparer.Ordinal)], r.IsBuiltIn);

    private static string Describe(Role r) => $"permissions={string.Join(',', r.Permissions.Order(StringComparer.Ordinal))}";
}
