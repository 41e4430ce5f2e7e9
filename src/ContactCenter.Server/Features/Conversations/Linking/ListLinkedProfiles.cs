using ContactCenter.Contracts.Customers;
using ContactCenter.Domain.Access;
using ContactCenter.Server.Features.Audit;
using ContactCenter.Server.Features.Conversations.Handling;
using ContactCenter.Server.Features.Shared;
using Marten;

namespace ContactCenter.Server.Features.Conversations.Linking;

/// <summary>
/// The profiles a conversation the caller may follow belonged to before, oldest first: those the
/// caller may see, masked for them, audited when shown unmasked (<see cref="LinkedProfiles"/>).
/// </summary>
public sealed class ListLinkedProfilesHandler(IDocumentStore store)
{
    public async Task<Outcome<IReadOnlyList<CustomerDto>>> ExecuteAsync(AccessGrant caller, AuditContext audit, Guid conversationId, CancellationToken cancellationToken)
    {
        await using var session = store.LightweightSession();
        var found = await session.FollowableAsync(caller, conversationId, cancellationToken);
        return found.Error ?? Outcome.Of(await session.LinkedProfilesAsync(caller, audit, found.Value!, cancellationToken));
    }
}
