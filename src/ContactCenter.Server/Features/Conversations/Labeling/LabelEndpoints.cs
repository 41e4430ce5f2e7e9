using ContactCenter.Contracts;
using ContactCenter.Domain.Access;
using ContactCenter.Domain.Audit;
using ContactCenter.Domain.Common;
using ContactCenter.Domain.Conversations;
using ContactCenter.Server.Features.Access.Authorization;
using ContactCenter.Server.Features.Audit;
using ContactCenter.Server.Features.Shared;
using Marten;

namespace ContactCenter.Server.Features.Conversations.Labeling;

/// <summary>Every agent creates and uses labels; only supervisors and up edit or delete them from the list.</summary>
public static class LabelEndpoints
{
    public static IEndpointRouteBuilder MapLabels(this IEndpointRouteBuilder app)
    {
        var labels = app.MapGroup(ApiRoutes.Labels).WithTags("Labels");
        labels.MapGet("", async (IQuerySession session, CancellationToken ct) => await session.Query<Label>().OrderBy(l => l.Name).ToListAsync(ct))
            .RequirePermission(Permissions.LabelsUse);
        labels.MapPost("", CreateAsync).RequirePermission(Permissions.LabelsUse);
        labels.MapPut("/{id}", ReplaceAsync).RequirePermission(Permissions.LabelsManage);
        labels.MapDelete("/{id}", DeleteAsync).RequirePermission(Permissions.LabelsManage);
        return app;
    }

    private static async Task<IResult> CreateAsync(Label label, ChangeContext change, CancellationToken cancellationToken)
    {
        label = label with { Name = PlainName.Clean(label.Name) };
        if (label.Validate() is { IsValid: false } errors)
        {
            return ApiProblems.Invalid(errors);
        }

        if (await change.Session.LoadAsync<Label>(label.Id, cancellationToken) is not null)
        {
            return ApiProblems.Conflict("label-exists", $"A label with id '{label.Id}' exists.");
        }

        change.Session.Insert(label);
        await change.Session.SaveChangesAsync(cancellationToken);
        return Results.Created($"{ApiRoutes.Labels}/{label.Id}", label);
    }

    private static async Task<IResult> ReplaceAsync(string id, Label label, ChangeContext change, CancellationToken cancellationToken)
    {
        label = label with { Id = id, Name = PlainName.Clean(label.Name) };
        if (label.Validate() is { IsValid: false } errors)
        {
            return ApiProblems.Invalid(errors);
        }

        if (await change.Session.LoadAsync<Label>(id, cancellationToken) is null)
        {
            return ApiProblems.NotFound($"Label '{id}'");
        }

        change.Session.Store(label);
        change.Session.Record(change.Audit, AuditActions.SettingsChanged, $"label:{id}", $"name={label.Name} color={label.Color}");
        await change.Session.SaveChangesAsync(cancellationToken);
        return Results.Ok(label);
    }

    private static async Task<IResult> DeleteAsync(string id, ChangeContext change, CancellationToken cancellationToken)
    {
        if (await change.Session.LoadAsync<Label>(id, cancellationToken) is null)
        {
            return ApiProblems.NotFound($"Label '{id}'");
        }

        change.Session.Delete<Label>(id);
        change.Session.Record(change.Audit, AuditActions.SettingsChanged, $"label:{id}", "deleted");
        await change.Session.SaveChangesAsync(cancellationToken);
        return Results.NoContent();
    }
}
