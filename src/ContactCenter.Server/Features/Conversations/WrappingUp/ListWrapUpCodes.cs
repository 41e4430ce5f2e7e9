using ContactCenter.Contracts.Desk;
using ContactCenter.Domain.Agents;
using Marten;

namespace ContactCenter.Server.Features.Conversations.WrappingUp;

/// <summary>The wrap-up codes agents choose from, by name: the admin's reason codes of the wrap-up kind.</summary>
public sealed class ListWrapUpCodesHandler(IDocumentStore store)
{
    public async Task<IReadOnlyList<ReasonCodeDto>> ExecuteAsync(CancellationToken cancellationToken)
    {
        await using var session = store.QuerySession();
        var codes = await session.Query<ReasonCode>().OrderBy(r => r.Name).ToListAsync(cancellationToken);
        return [.. codes.Where(r => r.Kind == ReasonCodeKind.WrapUp).Select(r => new ReasonCodeDto(r.Id, r.Name))];
    }
}
