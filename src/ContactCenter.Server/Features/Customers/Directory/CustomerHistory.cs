using ContactCenter.Contracts.Customers;
using ContactCenter.Domain.Conversations;
using ContactCenter.Server.Features.Conversations;
using Marten;

namespace ContactCenter.Server.Features.Customers.Directory;

/// <summary>A customer's conversations, newest first, for those who may see customers' history.</summary>
public sealed class CustomerHistoryHandler(IDocumentStore store)
{
    public async Task<IReadOnlyList<ConversationSummaryDto>> ExecuteAsync(Guid customerId, CancellationToken cancellationToken)
    {
        await using var session = store.QuerySession();
        var rows = await session.Query<ConversationHistory>().Where(c => c.CustomerId == customerId).OrderByDescending(c => c.StartedAt).ToListAsync(cancellationToken);
        return [.. rows.Select(c => c.ToSummary())];
    }
}
