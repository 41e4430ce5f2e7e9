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
        // Wrap-up codes are a list of their own (Features/Conversations/WrappingUp); the list is small, so filtered here.
        return [.. reasons.Where(r => r.Kind == ReasonCodeKind.NotReady).Select(r => new ReasonCodeDto(r.Id, r.Name))];
    }
}
