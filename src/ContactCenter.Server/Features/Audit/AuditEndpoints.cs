using ContactCenter.Contracts;
using ContactCenter.Domain.Access;
using ContactCenter.Server.Features.Access.Authorization;

namespace ContactCenter.Server.Features.Audit;

/// <summary>Admins read and filter the audit log. There is deliberately no way to change or delete an entry.</summary>
public static class AuditEndpoints
{
    public static IEndpointRouteBuilder MapAudit(this IEndpointRouteBuilder app)
    {
        app.MapGet(ApiRoutes.Audit, (AuditReader reader, string? actor, string? action, string? target, DateTimeOffset? from, DateTimeOffset? to, int? limit, CancellationToken ct) =>
                reader.ReadAsync(new AuditFilter(actor, action, target, from, to, limit ?? 100), ct))
            .RequirePermission(Permissions.AuditView)
            .WithTags("Audit").WithSummary("Audit entries, newest first, filtered by actor, action, target and time.");
        return app;
    }
}
