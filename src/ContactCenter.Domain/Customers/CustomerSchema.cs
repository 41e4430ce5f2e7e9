using ContactCenter.Domain.Common;

namespace ContactCenter.Domain.Customers;

/// <summary>
/// The account's one customer schema: the built-in fields (name, email, phone) and the custom
/// fields an admin adds. Stored as a single document with a fixed id.
/// </summary>
public sealed record CustomerSchema
{
    public const string SingletonId = "customer-schema";

    public static readonly IReadOnlyList<CustomerField> BuiltInFields =
    [
        new() { Key = "name", Label = "Name", Type = CustomerFieldType.Text, Required = true },
        new() { Key = "email", Label = "Email", Type = CustomerFieldType.Email, IsPii = true },
        new() { Key = "phone", Label = "Phone", Type = CustomerFieldType.Phone, IsPii = true },
    ];

    public string Id { get; init; } = SingletonId;
    public required IReadOnlyList<CustomerField> CustomFields { get; init; }

    public IEnumerable<CustomerField> AllFields => BuiltInFields.Concat(CustomFields);

    public ValidationErrors Validate() => ValidationErrors.Of(
    [
        .. CustomFields.Where(f => !CustomerField.IsValidKey(f.Key))
            .Select(f => $"Field key '{f.Key}' must start with a letter and hold only letters and digits."),
        .. AllFields.GroupBy(f => f.Key, StringComparer.OrdinalIgnoreCase).Where(g => g.Count() > 1)
            .Select(g => $"Field key '{g.Key}' is used more than once (built-in keys: name, email, phone)."),
        .. CustomFields.Where(f => f.Type == CustomerFieldType.Choice && f.Options.Count == 0)
            .Select(f => $"Choice field '{f.Key}' needs at least one option."),
    ]);
}
