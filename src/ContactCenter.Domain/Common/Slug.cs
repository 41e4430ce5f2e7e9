using System.Text.RegularExpressions;

namespace ContactCenter.Domain.Common;

/// <summary>Stable identifiers of configuration documents ("sales", "missed-offer"): they appear in URLs and events.</summary>
public static partial class Slug
{
    public const int MaxLength = 64;

    public static bool IsValid(string? value) => value is { Length: > 0 and <= MaxLength } && Pattern().IsMatch(value);

    [GeneratedRegex(@"^[a-z0-9]+(-[a-z0-9]+)*\z")]
    private static partial Regex Pattern();
}
