using ContactCenter.Domain.Audit;
using Marten;

namespace ContactCenter.Server.Features.Audit;

public static class AuditModule
{
    /// <summary>Its documents join the one store (docs/storage.md): the store's setup knows no feature.</summary>
    public static IServiceCollection AddAuditModule(this IServiceCollection services) => services.ConfigureMarten(Configure);

    private static void Configure(StoreOptions options)
    {
        // Entries of earlier versions were events of one stream; the type stays known so they still load.
        options.Events.AddEventType<AuditRecorded>();
        options.Schema.For<AuditEntry>().Index(e => e.At).Index(e => e.Action).Index(e => e.ActorName);
        options.Storage.Add(new AuditAppendOnlyRule(options));
    }
}
