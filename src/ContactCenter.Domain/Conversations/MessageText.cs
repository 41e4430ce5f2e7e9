using ContactCenter.Domain.Common;

namespace ContactCenter.Domain.Conversations;

/// <summary>
/// The rules of a chat message's text. Text is stored as typed and always shown as text, never as
/// markup; control characters other than line breaks and tabs are dropped.
/// </summary>
public static class MessageText
{
    public const int MaxLength = 4000;

    /// <summary>Checks text already <see cref="Clean"/>ed: what is stored is what is measured.</summary>
    public static RuleViolation? Check(string text) =>
        string.IsNullOrWhiteSpace(text) ? RuleViolation.Invalid("empty-message", "A message needs some text.")
        : text.Length > MaxLength ? RuleViolation.Invalid("message-too-long", $"A message holds at most {MaxLength} characters; this one has {text.Length}. Split it or shorten it.")
        : null;

    /// <summary>
    /// Text as the desk and the widget show it: stored as typed, but the characters that reorder or
    /// hide text (bidi embeddings, overrides and isolates, zero-width spaces and marks, the BOM) appear
    /// as visible codes such as "[U+202E]", so a message cannot disguise itself or the text after it.
    /// Joiners (U+200C, U+200D) stay: scripts and emoji need them and they move nothing.
    /// </summary>
    public static string Shown(string text) =>
        text.Any(IsDisguising) ? string.Concat(text.Select(c => IsDisguising(c) ? $"[U+{(int)c:X4}]" : c.ToString())) : text;

    private static bool IsDisguising(char c) => c is not ('\n' or '\t' or '\u200C' or '\u200D') && PlainName.IsHidden(c);

    public static string Clean(string text) =>
        new([.. text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n').Where(c => !char.IsControl(c) || c is '\n' or '\t')]);
}
