using Marten;

namespace ContactCenter.Server.Features.Routing;

/// <summary>
/// The fencing token's history: epochs grow at each election, every offer carries one, and a
/// conversation refuses offers from an epoch older than one it has seen. Epochs now come from the
/// router lease (see <see cref="Persistence.RouterLease"/>); this document holds the last epoch handed
/// out before leases, so the lease's first epoch starts above every epoch conversations have seen.
/// </summary>
public sealed record RouterEpoch(string Id, long Epoch)
{
    public const string SingletonId = "router";

    public static async Task<long> FloorAsync(IDocumentStore store, CancellationToken cancellationToken)
    {
        await using var session = store.QuerySession();
        return (await session.LoadAsync<RouterEpoch>(SingletonId, cancellationToken))?.Epoch ?? 0;
    }
}
