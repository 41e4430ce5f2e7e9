using System.Text.RegularExpressions;
using ContactCenter.Domain.Common;

namespace ContactCenter.Domain.Conversations;

public sealed partial record Label
{
    public required string Id { get; init; }
    public required string Name { get; init; }

    /// <summary>A CSS hex colour such as #1e88e5.</summary>
    public required string Color { get; init; }

    public ValidationErrors Validate() => ValidationErrors.Of(
    [
        Slug.IsValid(Id) ? null : $"Label id '{TextLimits.Shorten(Id)}' must be lowercase letters, digits and dashes.",
        string.IsNullOrWhiteSpace(Name) ? $"Label '{TextLimits.Shorten(Id)}' needs a name." : null,
        TextLimits.TooLong(Name, TextLimits.LabelName, "A label's name"),
        HexColor().IsMatch(Color) ? null : $"Label '{TextLimits.Shorten(Id)}' colour '{Color}' must look like #1e88e5.",
    ]);

    [GeneratedRegex(@"^#[0-9a-fA-F]{6}\z")]
    private static partial Regex HexColor();
}
