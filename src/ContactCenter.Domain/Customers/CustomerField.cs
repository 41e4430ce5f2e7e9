using System.Text.RegularExpressions;

namespace ContactCenter.Domain.Customers;

/// <summary>
/// One field of the customer object. <see cref="IsPii"/> decides masking for roles that may not
/// see personal data, so it is a property of the schema, not of a screen.
/// </summary>
public sealed partial record CustomerField
{
    public required string Key { get; init; }
    public required string Label { get; init; }
    public required CustomerFieldType Type { get; init; }
    public bool IsPii { get; init; }
    public bool Required { get; init; }
    public IReadOnlyList<string> Options { get; init; } = [];

    public static bool IsValidKey(string key) => KeyPattern().IsMatch(key);

    [GeneratedRegex(@"^[a-z][a-zA-Z0-9]*\z")]
    private static partial Regex KeyPattern();
}
