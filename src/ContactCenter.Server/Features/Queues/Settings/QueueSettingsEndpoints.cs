using ContactCenter.Domain.Access;
using ContactCenter.Domain.Audit;
using ContactCenter.Domain.Queues;
using ContactCenter.Server.Features.Access.Authorization;
using ContactCenter.Server.Features.Audit;
using ContactCenter.Server.Features.Shared;
using Marten;

namespace ContactCenter.Server.Features.Queues.Settings;

/// <summary>Queue settings: supervisors view them, admins change them; every change is audited.</summary>
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
        queue = queue with { Id = id };
        if (queue.Validate() is { IsValid: false } errors)
        {
            return ApiProblems.Invalid(errors);
        }

        var existing = await change.Session.LoadAsync<Queue>(id, cancellationToken);
        if (existing is null)
        {
            return ApiProblems.NotFound($"Queue '{id}'");
        }

        change.Session.Store(queue);
        change.Session.Record(change.Audit, AuditActions.SettingsChanged, $"queue:{id}", Describe(existing, queue));
        await change.Session.SaveChangesAsync(cancellationToken);
        return Results.Ok(queue);
    }

    private static string Describe(Queue before, Queue after) =>
        $"name={before.Name}->{after.Name} policy={before.Policy}->{after.Policy} sla={before.ServiceLevelThreshold}->{after.ServiceLevelThreshold} offer-timeout={before.OfferTimeout}->{after.OfferTimeout}";
}
