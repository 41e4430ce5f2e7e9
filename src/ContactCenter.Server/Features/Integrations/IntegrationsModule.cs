using Marten;

namespace ContactCenter.Server.Features.Integrations;

public static class IntegrationsModule
{
    /// <summary>Its documents join the one store (docs/storage.md): the store's setup knows no feature.</summary>
    public static IServiceCollection AddIntegrationsModule(this IServiceCollection services) => services.ConfigureMarten(Configure);

    private static void Configure(StoreOptions options)
    {
        options.Schema.For<ApiKey>().Index(k => k.Prefix);
        options.Schema.For<ExternalIdentity>();
        options.Schema.For<WebhookSubscription>();
        options.Schema.For<WebhookDelivery>().Index(d => d.NextAttemptAt).Index(d => d.DeliveredAt).Index(d => d.FailedAt);
    }
}
