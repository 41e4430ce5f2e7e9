using ContactCenter.Contracts.Desk;
using ContactCenter.Domain.Agents;
using Marten;

namespace ContactCenter.Server.Features.Agents.ReasonCodes;

/// <summary>The reasons an agent may choose for not being ready, by name (system reasons are set, not chosen).</summary>
public sealed class ListReasonCodesHandler(IDocumentStore store)
{
    public async Task<IReadOnlyList<ReasonCodeDto>> ExecuteAsync(CancellationToken cancellationToken)
    {
        await using var session = store.QuerySession();
        var reasons = await session.Query<ReasonCode>().Where(r => !r.IsSystem).OrderBy(r => r.Name).ToListAsync(cancellationToken);
        return [.. reasons.Select(r => new ReasonCodeDto(r.Id, r.Name))];
    }
}
