using ContactCenter.Domain.Audit;
using JasperFx.Events;
using Marten;
using Marten.Events.Projections;

namespace ContactCenter.Server.Features.Audit;

/// <summary>Each recorded entry becomes one row, written in the same transaction as the change it records.</summary>
public sealed partial class AuditEntryProjection : EventProjection
{
    public AuditEntryProjection() => IncludeType<AuditRecorded>();

    public override ValueTask ApplyAsync(IDocumentOperations operations, IEvent e, CancellationToken cancellation)
    {
        if (e.Data is AuditRecorded r)
        {
            operations.Store(new AuditEntry(r.EntryId, r.ActorId, r.ActorName, r.Action, r.Target, r.Details, r.From, r.At));
        }

        return ValueTask.CompletedTask;
    }
}
