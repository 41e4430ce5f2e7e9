using ContactCenter.Contracts.Desk;
using ContactCenter.Domain.Access;
using Marten;

namespace ContactCenter.Server.Features.Conversations.Inbox;

/// <summary>The caller's inbox as the desk opens it (<see cref="AgentInbox"/>); live changes then come as steps.</summary>
public sealed class ReadInboxHandler(IDocumentStore store, TimeProvider clock)
{
    public async Task<IReadOnlyList<InboxItemDto>> ExecuteAsync(AccessGrant caller, CancellationToken cancellationToken)
    {
        await using var session = store.QuerySession();
        return await session.OfAsync(caller, clock.GetUtcNow(), cancellationToken);
    }
}
