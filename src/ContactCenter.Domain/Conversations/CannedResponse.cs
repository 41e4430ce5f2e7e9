using ContactCenter.Domain.Common;

namespace ContactCenter.Domain.Conversations;

/// <summary>A saved reply an agent inserts by typing "/" and its shortcut.</summary>
public sealed record CannedResponse
{
    public const int MaxTextLength = 4000;

    public required string Id { get; init; }
    public required string Shortcut { get; init; }
    public required string Title { get; init; }
    public required string Text { get; init; }

    public ValidationErrors Validate() => ValidationErrors.Of(
    [
        Slug.IsValid(Id) ? null : $"Canned response id '{TextLimits.Shorten(Id)}' must be lowercase letters, digits and dashes.",
        Slug.IsValid(Shortcut) ? null : $"Shortcut '{TextLimits.Shorten(Shortcut)}' must be lowercase letters, digits and dashes (typed after '/').",
        string.IsNullOrWhiteSpace(Title) ? $"Canned response '{Id}' needs a title." : null,
        TextLimits.TooLong(Title, TextLimits.Title, "A canned response's title"),
        string.IsNullOrWhiteSpace(Text) ? $"Canned response '{Id}' needs a text." : null,
        Text.Length > MaxTextLength ? $"Canned response '{Id}' is longer than {MaxTextLength} characters." : null,
    ]);
}
