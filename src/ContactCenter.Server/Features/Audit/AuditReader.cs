using ContactCenter.Contracts.Access;
using Marten;

namespace ContactCenter.Server.Features.Audit;

/// <summary>What admins filter the audit log by; empty fields do not filter.</summary>
public sealed record AuditFilter(string? Actor = null, string? Action = null, string? Target = null, DateTimeOffset? From = null, DateTimeOffset? To = null, int Limit = 100);

/// <summary>Reads the audit log for the API and the admin page; a query session per call, safe in a long-lived circuit.</summary>
public sealed class AuditReader(IDocumentStore store)
{
    public const int MaxPage = 500;

    public async Task<IReadOnlyList<AuditEntryDto>> ReadAsync(AuditFilter filter, CancellationToken cancellationToken = default)
    {
        await using var session = store.QuerySession();
        var query = session.Query<AuditEntry>().AsQueryable();
        if (!string.IsNullOrWhiteSpace(filter.Actor)) query = query.Where(e => e.ActorName == filter.Actor);
        if (!string.IsNullOrWhiteSpace(filter.Action)) query = query.Where(e => e.Action == filter.Action);
        if (!string.IsNullOrWhiteSpace(filter.Target)) query = query.Where(e => e.Target == filter.Target);
        if (filter.From is { } start) query = query.Where(e => e.At >= start);
        if (filter.To is { } end) query = query.Where(e => e.At < end);
        var entries = await query.OrderByDescending(e => e.At).ThenByDescending(e => e.Id)
            .Take(Math.Clamp(filter.Limit, 1, MaxPage)).ToListAsync(cancellationToken);
        return [.. entries.Select(e => new AuditEntryDto(e.Id, e.ActorId, e.ActorName, e.Action, e.Target, e.Details, e.From, e.At))];
    }
}
