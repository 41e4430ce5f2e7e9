using ContactCenter.Contracts.Desk;
using Marten;

namespace ContactCenter.Server.Features.Customers.Directory;

/// <summary>The custom fields a profile shows; the schema page itself stays with those who may see it.</summary>
public sealed class ListCustomerFieldsHandler(IDocumentStore store)
{
    public async Task<IReadOnlyList<CustomerFieldDto>> ExecuteAsync(CancellationToken cancellationToken)
    {
        await using var session = store.QuerySession();
        var schema = await session.SchemaAsync(cancellationToken);
        return [.. schema.CustomFields.Select(f => new CustomerFieldDto(f.Key, f.Label, f.Type.ToString(), f.IsPii, f.Required, f.Options))];
    }
}
