using ContactCenter.Domain.Queues;
using Marten;

namespace ContactCenter.Server.Features.Queues;

public static class QueuesModule
{
    /// <summary>Its documents join the one store (docs/storage.md): the store's setup knows no feature.</summary>
    public static IServiceCollection AddQueuesModule(this IServiceCollection services) => services.ConfigureMarten(Configure);

    private static void Configure(StoreOptions options)
    {
        // Versioned: two admins editing one queue must not overwrite each other (the API's ETag).
        options.Schema.For<Queue>().UseOptimisticConcurrency(true);
        options.Schema.For<Channel>();
    }
}
