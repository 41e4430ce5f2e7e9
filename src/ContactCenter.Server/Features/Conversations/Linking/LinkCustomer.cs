using ContactCenter.Contracts.Conversations;
using ContactCenter.Domain.Access;
using ContactCenter.Domain.Common;
using ContactCenter.Domain.Conversations;
using ContactCenter.Domain.Customers;
using ContactCenter.Server.Features.Conversations.Handling;
using ContactCenter.Server.Features.Shared;
using Marten;

namespace ContactCenter.Server.Features.Conversations.Linking;

public sealed record LinkRequest(Guid ConversationId, Guid CustomerId);

/// <summary>
/// The conversation now belongs to the customer profile staff recognise; the profile it had is kept
/// as a linked profile. The rule: a conversation the caller may follow, and a customer that exists.
/// Linking to its current customer changes nothing.
/// </summary>
public sealed class LinkCustomerHandler(IDocumentStore store, ConversationHandler handler, TimeProvider clock)
{
    public async Task<Outcome<CommandAck>> ExecuteAsync(AccessGrant caller, LinkRequest request, CancellationToken cancellationToken)
    {
        await using (var session = store.QuerySession())
        {
            if ((await session.FollowableAsync(caller, request.ConversationId, cancellationToken)).Error is { } refusal)
            {
                return refusal;
            }

            if (await session.LoadAsync<Customer>(request.CustomerId, cancellationToken) is null)
            {
                return RuleViolation.NotFound("not-found", $"Customer {request.CustomerId} does not exist.");
            }
        }

        return await handler.ExecuteAsync(new LinkCustomer(request.ConversationId, request.CustomerId, caller.AsAuthor(), clock.GetUtcNow()), cancellationToken, caller)
            .AckAsync(request.ConversationId);
    }
}
