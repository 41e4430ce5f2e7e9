using ContactCenter.Domain.Common;

namespace ContactCenter.Domain.Customers;

/// <summary>A customer profile. Custom field values are keyed by <see cref="CustomerField.Key"/>.</summary>
public sealed record Customer
{
    public required Guid Id { get; init; }
    public required string Name { get; init; }
    public string? Email { get; init; }
    public string? Phone { get; init; }
    public IReadOnlyDictionary<string, string> Fields { get; init; } = new Dictionary<string, string>();
    public required DateTimeOffset CreatedAt { get; init; }

    public ValidationErrors Validate(CustomerSchema schema) => ValidationErrors.Of(
    [
        string.IsNullOrWhiteSpace(Name) ? "A customer needs a name." : null,
        TextLimits.TooLong(Name, TextLimits.PersonName, "A customer's name"),
        TextLimits.TooLong(Email, TextLimits.Email, "An email address"),
        TextLimits.TooLong(Phone, TextLimits.Phone, "A phone number"),
        .. Fields.Select(f => TextLimits.TooLong(f.Value, TextLimits.FieldValue, $"The value of '{TextLimits.Shorten(f.Key)}'")),
        .. Fields.Keys.Where(k => schema.CustomFields.All(f => f.Key != k))
            .Select(k => $"Customer '{Name}' has a value for '{k}', which the customer schema does not define."),
        .. schema.CustomFields.Where(f => f.Required && !Fields.ContainsKey(f.Key))
            .Select(f => $"Customer '{Name}' lacks the required field '{f.Key}'."),
        .. schema.CustomFields.Where(f => f.Type == CustomerFieldType.Choice && Fields.TryGetValue(f.Key, out var v) && !f.Options.Contains(v))
            .Select(f => $"Customer '{Name}' has '{Fields[f.Key]}' for '{f.Key}', which is not one of its options."),
    ]);
}
