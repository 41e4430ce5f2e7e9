using ContactCenter.Domain.Access;
using ContactCenter.Domain.Queues;
using ContactCenter.Server.Features.Access.Authorization;
using ContactCenter.Server.Features.Shared;
using Marten;

namespace ContactCenter.Server.Features.Queues.Settings;

/// <summary>
/// Queue settings: supervisors view them, admins create and change them, through the same use case
/// as the admin console (<see cref="SaveQueueSettings"/>). A queue's GET carries its version as an
/// ETag; a change sent with it as If-Match is refused with 412, naming what changed, when someone
/// saved the queue in between.
/// </summary>
public static class QueueSettingsEndpoints
{
    public const string Route = "/api/settings/queues";

    public static IEndpointRouteBuilder MapQueueSettings(this IEndpointRouteBuilder app)
    {
        var queues = app.MapGroup(Route).WithTags("Settings");
        queues.MapGet("", async (IQuerySession session, CancellationToken ct) => await session.Query<Queue>().OrderBy(q => q.Name).ToListAsync(ct))
            .RequirePermission(Permissions.SettingsView);
        queues.MapGet("/{id}", ReadAsync).RequirePermission(Permissions.SettingsView)
            .WithSummary("One queue's settings, with its version as the ETag to send back as If-Match.");
        queues.MapGet("/{id}/agents", async (string id, QueueSettingsReader reader, CancellationToken ct) =>
                await reader.ReadAsync(id, ct) is { } view ? Tagged(view, view.AgentIds) : ApiProblems.NotFound($"Queue '{id}'"))
            .RequirePermission(Permissions.SettingsView).WithSummary("The agents who list the queue themselves (team members aside).");
        queues.MapPost("", (Queue queue, SaveQueueSettings save, ChangeContext change, CancellationToken ct) =>
                AnswerAsync(save.CreateAsync(new QueueChange(queue), change.Actor, change.Audit, ct), created: true))
            .RequirePermission(Permissions.SettingsQueuesManage).WithSummary("Creates a queue.");
        queues.MapPut("/{id}", ReplaceAsync).RequirePermission(Permissions.SettingsQueuesManage)
            .WithSummary("Changes a queue; send the ETag of its GET as If-Match to be refused (412) if it changed since.");
        queues.MapPut("/{id}/agents", async (string id, Guid[] agentIds, HttpRequest request, QueueSettingsReader reader, SaveQueueSettings save, ChangeContext change, CancellationToken ct) =>
            {
                if (IfMatch.Read(request) is { Error: { } bad })
                {
                    return bad;
                }

                if (await reader.ReadAsync(id, ct) is not { } current)
                {
                    return ApiProblems.NotFound($"Queue '{id}'");
                }

                var expected = IfMatch.Read(request).Version ?? current.Version;
                return await AnswerAsync(save.ReplaceAsync(new QueueChange(current.Queue, [.. agentIds.Distinct()], expected), change.Actor, change.Audit, ct));
            })
            .RequirePermission(Permissions.SettingsQueuesManage).WithSummary("Sets which agents list the queue themselves.");
        return app;
    }

    private static async Task<IResult> ReplaceAsync(string id, Queue queue, HttpRequest request, SaveQueueSettings save, ChangeContext change, CancellationToken cancellationToken)
    {
        var ifMatch = IfMatch.Read(request);
        return ifMatch.Error ?? await AnswerAsync(save.ReplaceAsync(new QueueChange(queue with { Id = id }, ExpectedVersion: ifMatch.Version), change.Actor, change.Audit, cancellationToken));
    }

    private static async Task<IResult> ReadAsync(string id, QueueSettingsReader reader, CancellationToken cancellationToken) =>
        await reader.ReadAsync(id, cancellationToken) is { } view ? Tagged(view, view.Queue) : ApiProblems.NotFound($"Queue '{id}'");

    private static async Task<IResult> AnswerAsync(Task<Outcome<QueueSettingsView>> saving, bool created = false)
    {
        var outcome = await saving;
        if (outcome.Error is { } error)
        {
            return error.ToProblem();
        }

        var view = outcome.Value!;
        return created ? new ETagged(Results.Created($"{Route}/{view.Queue.Id}", view.Queue), view.Version) : Tagged(view, view.Queue);
    }

    private static ETagged Tagged<T>(QueueSettingsView view, T body) => new ETagged(Results.Ok(body), view.Version);
}
