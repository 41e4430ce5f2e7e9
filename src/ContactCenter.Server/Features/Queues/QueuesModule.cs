using ContactCenter.Domain.Queues;
using Marten;

namespace ContactCenter.Server.Features.Queues;

public static class QueuesModule
{
    /// <summary>Its documents join the one store (docs/storage.md): the store's setup knows no feature.</summary>
    public static IServiceCollection AddQueuesModule(this IServiceCollection services) => services.ConfigureMarten(Configure);

    private static void Configure(StoreOptions options)
    {
        options.Schema.For<Queue>();
        options.Schema.For<Channel>();
    }
}
