using ContactCenter.Contracts;
using ContactCenter.Contracts.Queues;
using ContactCenter.Server.Features.Queues.Catalog;

namespace ContactCenter.Server.Features.Queues.ListingQueues;

/// <summary>GET /api/queues: what a customer may pick from when starting a chat. Holds no personal data.</summary>
public static class ListQueuesEndpoint
{
    public static IEndpointRouteBuilder MapListQueues(this IEndpointRouteBuilder app)
    {
        app.MapGet(ApiRoutes.Queues, (IQueueCatalog catalog, CancellationToken cancellationToken) => catalog.ListAsync(cancellationToken))
            .WithName("ListQueues")
            .WithTags("Queues")
            .WithSummary("Lists the queues customers can start a chat in, by name.")
            .Produces<QueueSummary[]>();
        return app;
    }
}
