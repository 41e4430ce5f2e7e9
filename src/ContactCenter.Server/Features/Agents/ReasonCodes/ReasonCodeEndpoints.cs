using ContactCenter.Domain.Access;
using ContactCenter.Domain.Agents;
using ContactCenter.Domain.Audit;
using ContactCenter.Server.Features.Access.Authorization;
using ContactCenter.Server.Features.Audit;
using ContactCenter.Server.Features.Shared;
using Marten;

namespace ContactCenter.Server.Features.Agents.ReasonCodes;

/// <summary>The reasons agents choose for not being ready. Admins keep the list; system reasons are fixed.</summary>
public static class ReasonCodeEndpoints
{
    public const string Route = "/api/settings/reason-codes";

    public static IEndpointRouteBuilder MapReasonCodes(this IEndpointRouteBuilder app)
    {
        var codes = app.MapGroup(Route).WithTags("Settings");
        codes.MapGet("", async (IQuerySession session, CancellationToken ct) => await session.Query<ReasonCode>().OrderBy(r => r.Name).ToListAsync(ct))
            .RequirePermission(Permissions.SettingsView);
        codes.MapPut("/{id}", SaveAsync).RequirePermission(Permissions.SettingsRoutingManage);
        codes.MapDelete("/{id}", DeleteAsync).RequirePermission(Permissions.SettingsRoutingManage);
        return app;
    }

    private static async Task<IResult> SaveAsync(string id, ReasonCode code, ChangeContext change, CancellationToken cancellationToken)
    {
        code = code with { Id = id, IsSystem = false };
        if (code.Validate() is { IsValid: false } errors)
        {
            return ApiProblems.Invalid(errors);
        }

        if (await change.Session.LoadAsync<ReasonCode>(id, cancellationToken) is { IsSystem: true })
        {
            return ApiProblems.Refused("system-reason", $"'{id}' is set by the system and cannot be changed.");
        }

        change.Session.Store(code);
        change.Session.Record(change.Audit, AuditActions.SettingsChanged, $"reason-code:{id}", $"name={code.Name}");
        await change.Session.SaveChangesAsync(cancellationToken);
        return Results.Ok(code);
    }

    private static async Task<IResult> DeleteAsync(string id, ChangeContext change, CancellationToken cancellationToken)
    {
        var code = await change.Session.LoadAsync<ReasonCode>(id, cancellationToken);
        if (code is null)
        {
            return ApiProblems.NotFound($"Reason code '{id}'");
        }

        if (code.IsSystem)
        {
            return ApiProblems.Refused("system-reason", $"'{id}' is set by the system and cannot be deleted.");
        }

        // Agents not ready for this reason keep it in their history; it can no longer be chosen.
        change.Session.Delete<ReasonCode>(id);
        change.Session.Record(change.Audit, AuditActions.SettingsChanged, $"reason-code:{id}", "deleted");
        await change.Session.SaveChangesAsync(cancellationToken);
        return Results.NoContent();
    }
}
