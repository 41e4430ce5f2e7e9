using ContactCenter.Domain.Audit;
using JasperFx.Events.Projections;
using Marten;

namespace ContactCenter.Server.Features.Audit;

public static class AuditModule
{
    public static void Configure(StoreOptions options)
    {
        options.Events.AddEventType<AuditRecorded>();
        options.Projections.Add<AuditEntryProjection>(ProjectionLifecycle.Inline);
        options.Schema.For<AuditEntry>().Index(e => e.At).Index(e => e.Action).Index(e => e.ActorName);
    }
}
