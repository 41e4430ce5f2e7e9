using ContactCenter.Domain.Access;

namespace ContactCenter.Domain.Customers;

/// <summary>Applies the schema's PII flags to a profile for a recipient who may not see personal data.</summary>
public static class CustomerMasking
{
    public static Customer MaskedFor(this Customer customer, CustomerSchema schema, AccessGrant recipient) =>
        recipient.CanSeePii ? customer : customer.Masked(schema);

    public static Customer Masked(this Customer customer, CustomerSchema schema)
    {
        var piiFields = schema.CustomFields.Where(f => f.IsPii).Select(f => f.Key).ToHashSet();
        return customer with
        {
            Email = customer.Email is null ? null : PiiMask.Email(customer.Email),
            Phone = customer.Phone is null ? null : PiiMask.Phone(customer.Phone),
            Fields = customer.Fields.ToDictionary(f => f.Key, f => piiFields.Contains(f.Key) ? PiiMask.Text(f.Value) : f.Value),
        };
    }
}
