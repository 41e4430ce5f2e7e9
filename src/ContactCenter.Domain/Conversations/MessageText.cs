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
        string.IsNullOrWhiteSpace(text) ? new RuleViolation("empty-message", "A message needs some text.")
        : text.Length > MaxLength ? new RuleViolation("message-too-long", $"A message holds at most {MaxLength} characters; this one has {text.Length}. Split it or shorten it.")
        : null;

    public static string Clean(string text) =>
        new([.. text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n').Where(c => !char.IsControl(c) || c is '\n' or '\t')]);
}
