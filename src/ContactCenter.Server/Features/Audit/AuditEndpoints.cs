using ContactCenter.Contracts;
using ContactCenter.Contracts.Access;
using ContactCenter.Domain.Access;
using ContactCenter.Server.Features.Access.Authorization;
using Marten;

namespace ContactCenter.Server.Features.Audit;

/// <summary>Admins read and filter the audit log. There is deliberately no way to change or delete an entry.</summary>
public static class AuditEndpoints
{
    public const int MaxPage = 500;

    public static IEndpointRouteBuilder MapAudit(this IEndpointRouteBuilder app)
    {
        app.MapGet(ApiRoutes.Audit, ReadAsync).RequirePermission(Permissions.AuditView)
            .WithTags("Audit").WithSummary("Audit entries, newest first, filtered by actor, action, target and time.");
        return app;
    }

    private static async Task<AuditEntryDto[]> ReadAsync(
        IQuerySession session, string? actor, string? action, string? target, DateTimeOffset? from, DateTimeOffset? to, int? limit,
        CancellationToken cancellationToken)
    {
        var query = session.Query<AuditEntry>().AsQueryable();
        if (!string.IsNullOrWhiteSpace(actor)) query = query.Where(e => e.ActorName == actor);
        if (!string.IsNullOrWhiteSpace(action)) query = query.Where(e => e.Action == action);
        if (!string.IsNullOrWhiteSpace(target)) query = query.Where(e => e.Target == target);
        if (from is { } start) query = query.Where(e => e.At >= start);
        if (to is { } end) query = query.Where(e => e.At < end);
        var entries = await query.OrderByDescending(e => e.At).ThenByDescending(e => e.Id).Take(Math.Clamp(limit ?? 100, 1, MaxPage)).ToListAsync(cancellationToken);
        return [.. entries.Select(e => new AuditEntryDto(e.Id, e.ActorId, e.ActorName, e.Action, e.Target, e.Details, e.From, e.At))];
    }
}
