using Marten;

namespace ContactCenter.Server.Features.Audit;

/// <summary>
/// Adds one row to the audit log. Callers pass the session of the change being recorded, so the
/// change and its record commit together or not at all. Rows are only ever inserted (the database
/// refuses updates and deletes), so concurrent actions never conflict over the log: auditing
/// neither fails nor serialises what it audits.
/// </summary>
public static class AuditLog
{
    public static void Record(this IDocumentSession session, AuditContext context, string action, string target, string details = "") =>
        session.Insert(new AuditEntry(
            Guid.CreateVersion7(), context.ActorId, context.ActorName, action, target, details, context.From, context.Now));
}

/// <summary>Who acts and from where, taken from the request.</summary>
public sealed record AuditContext(Guid? ActorId, string ActorName, string From, DateTimeOffset Now);
