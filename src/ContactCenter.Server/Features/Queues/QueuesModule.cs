using ContactCenter.Domain.Queues;
using Marten;

namespace ContactCenter.Server.Features.Queues;

public static class QueuesModule
{
    public static void Configure(StoreOptions options)
    {
        options.Schema.For<Queue>();
        options.Schema.For<Channel>();
    }
}
