using ContactCenter.Contracts.Customers;
using ContactCenter.Domain.Access;
using ContactCenter.Domain.Audit;
using ContactCenter.Domain.Common;
using ContactCenter.Domain.Customers;
using ContactCenter.Server.Features.Audit;
using ContactCenter.Server.Features.Shared;
using Marten;

namespace ContactCenter.Server.Features.Customers.Directory;

/// <summary>A new profile, checked against the customer schema; the entries check the create permission.</summary>
public sealed class CreateCustomerHandler(IDocumentStore store)
{
    public async Task<Outcome<CustomerDto>> ExecuteAsync(AccessGrant caller, AuditContext audit, CustomerRequest request, CancellationToken cancellationToken)
    {
        await using var session = store.LightweightSession();
        var schema = await session.SchemaAsync(cancellationToken);
        var customer = new Customer
        {
            Id = Guid.CreateVersion7(),
            Name = PlainName.Clean(request.Name ?? ""),
            Email = request.Email,
            Phone = request.Phone,
            Fields = request.Fields ?? new Dictionary<string, string>(),
            CreatedAt = audit.Now,
        };
        if (customer.Validate(schema) is { IsValid: false } errors)
        {
            return errors.ToViolation();
        }

        session.Insert(customer);
        session.Record(audit, AuditActions.CustomerCreated, $"customer:{customer.Id}");
        await session.SaveChangesAsync(cancellationToken);
        return customer.ToDto(schema, caller);
    }
}
