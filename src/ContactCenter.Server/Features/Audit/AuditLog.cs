using ContactCenter.Domain.Audit;
using Marten;

namespace ContactCenter.Server.Features.Audit;

/// <summary>
/// Appends to the audit log's one stream. Callers pass the session of the change being recorded,
/// so the change and its record commit together or not at all.
/// </summary>
public static class AuditLog
{
    /// <summary>The log's stream id; fixed so that every node appends to the same stream.</summary>
    public static readonly Guid StreamId = new("0193a0a0-0000-7000-8000-00000000a0d1");

    public static void Record(this IDocumentSession session, AuditContext context, string action, string target, string details = "") =>
        session.Events.Append(StreamId, new AuditRecorded(
            Guid.CreateVersion7(), context.ActorId, context.ActorName, action, target, details, context.From, context.Now));
}

/// <summary>Who acts and from where, taken from the request.</summary>
public sealed record AuditContext(Guid? ActorId, string ActorName, string From, DateTimeOffset Now);
