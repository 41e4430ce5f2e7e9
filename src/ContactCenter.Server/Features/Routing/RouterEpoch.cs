using Marten;

namespace ContactCenter.Server.Features.Routing;

/// <summary>
/// The fencing token: it grows at each election, every offer carries it, and a conversation refuses
/// offers from an epoch older than one it has seen, so a paused old leader cannot offer twice.
/// </summary>
public sealed record RouterEpoch(string Id, long Epoch)
{
    public const string SingletonId = "router";

    public static async Task<long> NextAsync(IDocumentStore store, CancellationToken cancellationToken)
    {
        await using var session = store.LightweightSession();
        var current = await session.LoadAsync<RouterEpoch>(SingletonId, cancellationToken) ?? new RouterEpoch(SingletonId, 0);
        var next = current with { Epoch = current.Epoch + 1 };
        session.Store(next);
        await session.SaveChangesAsync(cancellationToken);
        return next.Epoch;
    }
}
