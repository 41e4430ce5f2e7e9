using ContactCenter.Contracts;
using ContactCenter.Contracts.Access;
using ContactCenter.Domain.Access;
using ContactCenter.Domain.Audit;
using ContactCenter.Domain.Common;
using ContactCenter.Domain.Teams;
using ContactCenter.Server.Features.Access.Authorization;
using ContactCenter.Server.Features.Audit;
using ContactCenter.Server.Features.Shared;
using Marten;

namespace ContactCenter.Server.Features.Teams;

/// <summary>
/// Teams in settings: supervisors view, admins change, every change audited. A change that alters
/// anyone's queues renews their security stamp, as a role change does, so it reaches connected agents.
/// A team that queues still list cannot be deleted: take it off those queues first.
/// </summary>
public static class TeamEndpoints
{
    public static IEndpointRouteBuilder MapTeams(this IEndpointRouteBuilder app)
    {
        var teams = app.MapGroup(ApiRoutes.Teams).WithTags("Teams");
        teams.MapGet("", ListAsync).RequirePermission(Permissions.SettingsView);
        teams.MapPost("", CreateAsync).RequirePermission(Permissions.SettingsUsersManage);
        teams.MapPut("/{id}", ReplaceAsync).RequirePermission(Permissions.SettingsUsersManage);
        teams.MapDelete("/{id}", DeleteAsync).RequirePermission(Permissions.SettingsUsersManage);
        return app;
    }

    private static async Task<TeamDto[]> ListAsync(IQuerySession session, CancellationToken cancellationToken)
    {
        var settings = await MembershipSettings.ReadAsync(session, cancellationToken);
        return [.. settings.Teams.OrderBy(t => t.Name, StringComparer.Ordinal).Select(t => ToDto(t, settings))];
    }

    private static async Task<IResult> CreateAsync(TeamRequest request, ChangeContext change, CancellationToken cancellationToken)
    {
        var team = ToTeam(request);
        if (await InvalidAsync(change.Session, team, cancellationToken) is { } invalid)
        {
            return invalid;
        }

        if (await change.Session.LoadAsync<Team>(team.Id, cancellationToken) is not null)
        {
            return ApiProblems.Conflict("team-exists", $"A team with id '{team.Id}' exists; choose another id.");
        }

        // A new team is listed by no queue yet, so nobody's queues change.
        change.Session.Insert(team);
        change.Session.Record(change.Audit, AuditActions.TeamCreated, $"team:{team.Id}", await DescribeAsync(change.Session, team, cancellationToken));
        await change.Session.SaveChangesAsync(cancellationToken);
        return Results.Created($"{ApiRoutes.Teams}/{team.Id}", ToDto(team, new MembershipSettings([team], [])));
    }

    private static async Task<IResult> ReplaceAsync(string id, TeamRequest request, ChangeContext change, CancellationToken cancellationToken)
    {
        var team = ToTeam(request with { Id = id });
        if (await InvalidAsync(change.Session, team, cancellationToken) is { } invalid)
        {
            return invalid;
        }

        if (await change.Session.LoadAsync<Team>(id, cancellationToken) is null)
        {
            return ApiProblems.NotFound($"Team '{id}'");
        }

        var before = await MembershipSettings.ReadAsync(change.Session, cancellationToken);
        var after = before.With(team);
        change.Session.Store(team);
        var renewed = await MembershipSettings.RenewChangedAsync(change.Session, before, after, cancellationToken);
        change.Session.Record(change.Audit, AuditActions.TeamChanged, $"team:{id}",
            $"{await DescribeAsync(change.Session, team, cancellationToken)} queues-changed-for={string.Join(',', renewed)}");
        await change.Session.SaveChangesAsync(cancellationToken);
        return Results.Ok(ToDto(team, after));
    }

    private static async Task<IResult> DeleteAsync(string id, ChangeContext change, CancellationToken cancellationToken)
    {
        if (await change.Session.LoadAsync<Team>(id, cancellationToken) is null)
        {
            return ApiProblems.NotFound($"Team '{id}'");
        }

        var listing = (await MembershipSettings.ReadAsync(change.Session, cancellationToken)).Queues.Where(q => q.MemberTeamIds.Contains(id)).Select(q => q.Id).ToList();
        if (listing.Count > 0)
        {
            return ApiProblems.Conflict("team-in-use", $"Queues {string.Join(", ", listing)} list team '{id}'; take it off them first.");
        }

        change.Session.Delete<Team>(id);
        change.Session.Record(change.Audit, AuditActions.TeamDeleted, $"team:{id}");
        await change.Session.SaveChangesAsync(cancellationToken);
        return Results.NoContent();
    }

    private static async Task<IResult?> InvalidAsync(IQuerySession session, Team team, CancellationToken cancellationToken)
    {
        var known = (await session.LoadManyAsync<StaffUser>(cancellationToken, team.MemberIds)).Select(u => u.Id).ToHashSet();
        var errors = ValidationErrors.Of(
        [
            .. team.Validate().Messages,
            .. team.MemberIds.Where(m => m != Guid.Empty && !known.Contains(m)).Select(m => $"User {m} does not exist; add existing staff only."),
        ]);
        return errors.IsValid ? null : ApiProblems.Invalid(errors);
    }

    private static async Task<string> DescribeAsync(IQuerySession session, Team team, CancellationToken cancellationToken)
    {
        var names = (await session.LoadManyAsync<StaffUser>(cancellationToken, team.MemberIds)).Select(u => u.UserName).Order(StringComparer.Ordinal);
        return $"name={team.Name} members={string.Join(',', names)}";
    }

    private static Team ToTeam(TeamRequest r) => new() { Id = r.Id.Trim(), Name = PlainName.Clean(r.Name), MemberIds = [.. r.MemberIds.Distinct()] };

    private static TeamDto ToDto(Team t, MembershipSettings settings) =>
        new(t.Id, t.Name, t.MemberIds, [.. settings.Queues.Where(q => q.MemberTeamIds.Contains(t.Id)).Select(q => q.Id).Order(StringComparer.Ordinal)]);
}
