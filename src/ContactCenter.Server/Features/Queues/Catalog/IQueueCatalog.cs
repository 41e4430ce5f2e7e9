using ContactCenter.Contracts.Queues;

namespace ContactCenter.Server.Features.Queues.Catalog;

/// <summary>The queues customers may choose from; read by the REST API and the pages alike.</summary>
public interface IQueueCatalog
{
    Task<IReadOnlyList<QueueSummary>> ListAsync(CancellationToken cancellationToken = default);
}
