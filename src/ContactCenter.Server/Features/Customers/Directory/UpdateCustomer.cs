using ContactCenter.Contracts.Customers;
using ContactCenter.Domain.Access;
using ContactCenter.Domain.Audit;
using ContactCenter.Domain.Customers;
using ContactCenter.Server.Features.Audit;
using ContactCenter.Server.Features.Shared;
using Marten;

namespace ContactCenter.Server.Features.Customers.Directory;

public sealed record UpdateCustomerRequest(Guid CustomerId, CustomerRequest Profile);

/// <summary>
/// A profile changed: agents only while in an active conversation with that customer, and never
/// its masked values (<see cref="CustomerEdits"/>); the result is checked against the schema.
/// </summary>
public sealed class UpdateCustomerHandler(IDocumentStore store)
{
    public async Task<Outcome<CustomerDto>> ExecuteAsync(AccessGrant caller, AuditContext audit, UpdateCustomerRequest request, CancellationToken cancellationToken)
    {
        var id = request.CustomerId;
        await using var session = store.LightweightSession();
        var customer = await session.LoadAsync<Customer>(id, cancellationToken);
        if (customer is null)
        {
            return CustomerErrors.NotFound(id);
        }

        if (!caller.CanViewCustomer(await session.InActiveConversationAsync(caller, id, cancellationToken)))
        {
            return CustomerErrors.NotInConversation;
        }

        var schema = await session.SchemaAsync(cancellationToken);
        if (CustomerEdits.Apply(customer, request.Profile, schema, caller) is not { } updated)
        {
            return CustomerErrors.PiiMasked;
        }

        if (updated.Validate(schema) is { IsValid: false } errors)
        {
            return errors.ToViolation();
        }

        session.Store(updated);
        session.Record(audit, AuditActions.CustomerChanged, $"customer:{id}");
        await session.SaveChangesAsync(cancellationToken);
        return updated.ToDto(schema, caller);
    }
}
