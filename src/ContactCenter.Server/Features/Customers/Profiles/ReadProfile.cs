using ContactCenter.Contracts.Customers;
using ContactCenter.Domain.Access;
using ContactCenter.Domain.Customers;
using ContactCenter.Server.Features.Audit;
using ContactCenter.Server.Features.Shared;
using Marten;

namespace ContactCenter.Server.Features.Customers.Profiles;

/// <summary>
/// One customer's profile, the same for the REST API and the hub: agents only while in an active
/// conversation with that customer, masked for the reader, and audited when shown unmasked.
/// </summary>
public sealed class ReadProfileHandler(IDocumentStore store)
{
    public async Task<Outcome<CustomerDto>> ExecuteAsync(AccessGrant reader, AuditContext audit, Guid customerId, CancellationToken cancellationToken)
    {
        await using var session = store.LightweightSession();
        var customer = await session.LoadAsync<Customer>(customerId, cancellationToken);
        if (customer is null)
        {
            return CustomerErrors.NotFound(customerId);
        }

        if (!reader.CanViewCustomer(await session.InActiveConversationAsync(reader, customerId, cancellationToken)))
        {
            return CustomerErrors.NotInConversation;
        }

        await session.AuditPiiReadAsync(reader, audit, [customer], cancellationToken);
        return customer.ToDto(await session.SchemaAsync(cancellationToken), reader);
    }
}
