using ContactCenter.Domain.Access;
using ContactCenter.Domain.Audit;
using ContactCenter.Domain.Common;
using ContactCenter.Domain.Queues;
using ContactCenter.Domain.Teams;
using ContactCenter.Server.Features.Access.Authorization;
using ContactCenter.Server.Features.Audit;
using ContactCenter.Server.Features.Shared;
using ContactCenter.Server.Features.Teams;
using Marten;

namespace ContactCenter.Server.Features.Queues.Settings;

/// <summary>
/// Queue settings: supervisors view them, admins change them; every change is audited. Listing or
/// unlisting a team renews the security stamp of those whose queues change, as a team change does.
/// </summary>
public static class QueueSettingsEndpoints
{
    public const string Route = "/api/settings/queues";

    public static IEndpointRouteBuilder MapQueueSettings(this IEndpointRouteBuilder app)
    {
        var queues = app.MapGroup(Route).WithTags("Settings");
        queues.MapGet("", async (IQuerySession session, CancellationToken ct) => await session.Query<Queue>().OrderBy(q => q.Name).ToListAsync(ct))
            .RequirePermission(Permissions.SettingsView);
        queues.MapPut("/{id}", ReplaceAsync).RequirePermission(Permissions.SettingsQueuesManage);
        return app;
    }

    private static async Task<IResult> ReplaceAsync(string id, Queue queue, ChangeContext change, CancellationToken cancellationToken)
    {
        queue = queue with { Id = id, MemberTeamIds = [.. queue.MemberTeamIds.Distinct()] };
        var knownTeams = (await change.Session.LoadManyAsync<Team>(cancellationToken, queue.MemberTeamIds)).Select(t => t.Id).ToHashSet();
        var errors = ValidationErrors.Of(
        [
            .. queue.Validate().Messages,
            .. queue.MemberTeamIds.Where(t => Slug.IsValid(t) && !knownTeams.Contains(t)).Select(t => $"Team '{t}' does not exist; create it first."),
            queue.OverflowQueueId is { } overflow && overflow != id && Slug.IsValid(overflow)
                && await change.Session.LoadAsync<Queue>(overflow, cancellationToken) is null
                ? $"Overflow queue '{overflow}' does not exist; choose one of the queues." : null,
        ]);
        if (!errors.IsValid)
        {
            return ApiProblems.Invalid(errors);
        }

        var existing = await change.Session.LoadAsync<Queue>(id, cancellationToken);
        if (existing is null)
        {
            return ApiProblems.NotFound($"Queue '{id}'");
        }

        var before = await MembershipSettings.ReadAsync(change.Session, cancellationToken);
        change.Session.Store(queue);
        var renewed = await MembershipSettings.RenewChangedAsync(change.Session, before, before.With(queue), cancellationToken);
        change.Session.Record(change.Audit, AuditActions.SettingsChanged, $"queue:{id}", $"{Describe(existing, queue)} queues-changed-for={string.Join(',', renewed)}");
        await change.Session.SaveChangesAsync(cancellationToken);
        return Results.Ok(queue);
    }

    private static string Describe(Queue before, Queue after) =>
        $"name={before.Name}->{after.Name} policy={before.Policy}->{after.Policy} sla={before.ServiceLevelThreshold}->{after.ServiceLevelThreshold} offer-timeout={before.OfferTimeout}->{after.OfferTimeout}"
        + $" max-wait={before.MaxWait}->{after.MaxWait} overflow={before.OverflowQueueId}->{after.OverflowQueueId}"
        + $" teams={string.Join(',', before.MemberTeamIds)}->{string.Join(',', after.MemberTeamIds)}";
}
