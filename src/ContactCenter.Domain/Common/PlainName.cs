using System.Globalization;

namespace ContactCenter.Domain.Common;

/// <summary>
/// Names (people, labels, roles) are normalised on write: control characters, bidi overrides and
/// isolates, and zero-width characters are removed, so a name cannot reverse or hide the text shown
/// around it ("Bob" + U+202E + "nimda" reads as "Bobadmin"). Message text is kept as typed and made
/// inert where it is shown instead, since a customer may legitimately mix scripts there.
/// </summary>
public static class PlainName
{
    public static string Clean(string name) =>
        name.Any(IsHidden) ? new string([.. name.Where(c => !IsHidden(c))]).Trim() : name.Trim();

    /// <summary>Bidi embeddings, overrides and isolates, zero-width characters and marks, the BOM, and controls.</summary>
    public static bool IsHidden(char c) =>
        char.IsControl(c) || c is (>= '\u200B' and <= '\u200F') or (>= '\u202A' and <= '\u202E') or (>= '\u2060' and <= '\u2069') or '\uFEFF' or '\u061C'
        || CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.Format && c is not '\u00AD';
}
