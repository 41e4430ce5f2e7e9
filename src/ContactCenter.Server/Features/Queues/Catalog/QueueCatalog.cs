using ContactCenter.Contracts.Queues;
using ContactCenter.Domain.Queues;
using Marten;

namespace ContactCenter.Server.Features.Queues.Catalog;

// Opens a query session per call: pages live for hours in a circuit, a session for one unit of work.
internal sealed class QueueCatalog(IDocumentStore store) : IQueueCatalog
{
    public async Task<IReadOnlyList<QueueSummary>> ListAsync(CancellationToken cancellationToken = default)
    {
        await using var session = store.QuerySession();
        // A disabled queue takes no new conversations, so customers are not offered it.
        var queues = await session.Query<Queue>().Where(q => !q.Disabled).OrderBy(q => q.Name).ToListAsync(cancellationToken);
        return [.. queues.Select(q => new QueueSummary(q.Id, q.Name, q.Description, q.ChannelId))];
    }
}
