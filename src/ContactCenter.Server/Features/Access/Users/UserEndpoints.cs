using ContactCenter.Contracts;
using ContactCenter.Contracts.Access;
using ContactCenter.Domain.Access;
using ContactCenter.Domain.Audit;
using ContactCenter.Domain.Common;
using ContactCenter.Server.Features.Access.Authorization;
using ContactCenter.Server.Features.Access.Grants;
using ContactCenter.Server.Features.Audit;
using ContactCenter.Server.Features.Shared;
using Marten;
using Microsoft.AspNetCore.Identity;

namespace ContactCenter.Server.Features.Access.Users;

/// <summary>
/// Staff users in settings: supervisors view, admins change. Every change renews the user's
/// security stamp, which ends their sessions, tokens and hub connections within seconds.
/// </summary>
public static class UserEndpoints
{
    private static readonly PasswordHasher<StaffUser> Hasher = new();

    public static IEndpointRouteBuilder MapUsers(this IEndpointRouteBuilder app)
    {
        var users = app.MapGroup(ApiRoutes.Users).WithTags("Users");
        users.MapGet("", ListAsync).RequirePermission(Permissions.SettingsView);
        users.MapPost("", CreateAsync).RequirePermission(Permissions.SettingsUsersManage);
        users.MapPut("/{id:guid}/roles", ChangeRolesAsync).RequirePermission(Permissions.SettingsUsersManage);
        users.MapPut("/{id:guid}/skills", ChangeSkillsAsync).RequirePermission(Permissions.SettingsRoutingManage);
        users.MapPost("/{id:guid}/disable", (Guid id, ChangeContext c, CancellationToken ct) => SetDisabledAsync(id, true, c, ct)).RequirePermission(Permissions.SettingsUsersManage);
        users.MapPost("/{id:guid}/enable", (Guid id, ChangeContext c, CancellationToken ct) => SetDisabledAsync(id, false, c, ct)).RequirePermission(Permissions.SettingsUsersManage);
        return app;
    }

    private static async Task<UserDto[]> ListAsync(IQuerySession session, CancellationToken cancellationToken) =>
        [.. (await session.Query<StaffUser>().OrderBy(u => u.UserName).ToListAsync(cancellationToken)).Select(ToDto)];

    private static async Task<IResult> CreateAsync(CreateUserRequest request, ChangeContext change, CancellationToken cancellationToken)
    {
        var session = change.Session;
        var user = new StaffUser
        {
            Id = Guid.CreateVersion7(),
            UserName = request.UserName.Trim(),
            DisplayName = PlainName.Clean(request.DisplayName),
            Email = request.Email.Trim(),
            Roles = request.Roles,
            QueueIds = request.QueueIds,
            PasswordHash = "",
        };
        var errors = ValidationErrors.Of(
        [
            .. user.Validate().Messages,
            request.Password.Length < 8 ? "The password needs at least 8 characters." : null,
            .. await UnknownRolesAsync(session, request.Roles, cancellationToken),
        ]);
        if (!errors.IsValid)
        {
            return ApiProblems.Invalid(errors);
        }

        if (OwnerPowers.MayCreate(change.Actor, user.Roles, await AccessGrants.RolesAsync(session, cancellationToken)) is { } refusal)
        {
            return refusal.ToProblem();
        }

        if (await session.Query<StaffUser>().AnyAsync(u => u.UserName == user.UserName, cancellationToken))
        {
            return ApiProblems.Conflict("user-name-taken", $"The user name '{user.UserName}' is taken; choose another.");
        }

        user = user with { PasswordHash = Hasher.HashPassword(user, request.Password) };
        session.Insert(user);
        session.Record(change.Audit, AuditActions.UserCreated, $"user:{user.UserName}", $"roles={string.Join(',', user.Roles)}");
        await session.SaveChangesAsync(cancellationToken);
        return Results.Created($"{ApiRoutes.Users}/{user.Id}", ToDto(user));
    }

    private static async Task<IResult> ChangeRolesAsync(Guid id, string[] roles, ChangeContext change, CancellationToken cancellationToken)
    {
        var session = change.Session;
        var user = await session.LoadAsync<StaffUser>(id, cancellationToken);
        if (user is null)
        {
            return ApiProblems.NotFound($"User {id}");
        }

        var errors = ValidationErrors.Of([roles.Length == 0 ? "A user needs at least one role." : null, .. await UnknownRolesAsync(session, roles, cancellationToken)]);
        if (!errors.IsValid)
        {
            return ApiProblems.Invalid(errors);
        }

        var (allRoles, users) = await OwnerPowerChecks.AccountAsync(session, cancellationToken);
        if (OwnerPowers.MayChangeRoles(change.Actor, user, roles, allRoles, users) is { } refusal)
        {
            return refusal.ToProblem();
        }

        session.Store(user.WithNewSecurityStamp() with { Roles = roles });
        session.Record(change.Audit, AuditActions.UserRolesChanged, $"user:{user.UserName}", $"from={string.Join(',', user.Roles)} to={string.Join(',', roles)}");
        await session.SaveChangesAsync(cancellationToken);
        return Results.NoContent();
    }

    private static async Task<IResult> ChangeSkillsAsync(Guid id, string[] skills, ChangeContext change, CancellationToken cancellationToken)
    {
        var user = await change.Session.LoadAsync<StaffUser>(id, cancellationToken);
        if (user is null)
        {
            return ApiProblems.NotFound($"User {id}");
        }

        var cleaned = skills.Select(s => s.Trim().ToLowerInvariant()).Where(s => s.Length > 0).Distinct().Order(StringComparer.Ordinal).ToArray();
        change.Session.Store(user with { Skills = cleaned });
        change.Session.Record(change.Audit, AuditActions.SettingsChanged, $"user:{user.UserName}", $"skills={string.Join(',', cleaned)}");
        await change.Session.SaveChangesAsync(cancellationToken);
        return Results.NoContent();
    }

    private static async Task<IResult> SetDisabledAsync(Guid id, bool disabled, ChangeContext change, CancellationToken cancellationToken)
    {
        var session = change.Session;
        var user = await session.LoadAsync<StaffUser>(id, cancellationToken);
        if (user is null)
        {
            return ApiProblems.NotFound($"User {id}");
        }

        if (user.Id == change.Actor.UserId && disabled)
        {
            return ApiProblems.Conflict("cannot-disable-self", "You cannot disable your own account; ask another admin.");
        }

        var (roles, users) = await OwnerPowerChecks.AccountAsync(session, cancellationToken);
        if (OwnerPowers.MaySetDisabled(change.Actor, user, disabled, roles, users) is { } refusal)
        {
            return refusal.ToProblem();
        }

        session.Store(user.WithNewSecurityStamp() with { Disabled = disabled, FailedSignIns = 0, LockedOutUntil = null });
        session.Record(change.Audit, disabled ? AuditActions.UserDisabled : AuditActions.UserEnabled, $"user:{user.UserName}");
        await session.SaveChangesAsync(cancellationToken);
        return Results.NoContent();
    }

    internal static async Task<IEnumerable<string>> UnknownRolesAsync(IQuerySession session, IEnumerable<string> roles, CancellationToken cancellationToken)
    {
        var known = (await AccessGrants.RolesAsync(session, cancellationToken)).Select(r => r.Id).ToHashSet();
        return roles.Where(r => !known.Contains(r)).Select(r => $"'{r}' is not a role.");
    }

    private static UserDto ToDto(StaffUser u) => new(u.Id, u.UserName, u.DisplayName, u.Email, u.Roles, u.QueueIds, u.Disabled, u.Skills);
}
