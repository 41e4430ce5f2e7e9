namespace ContactCenter.Domain.Common;

/// <summary>
/// How long each piece of text a client writes may be: one place, so the API, the hubs and the
/// documents agree. The limits keep index rows, audit entries and pushes small whatever a client sends.
/// </summary>
public static class TextLimits
{
    public const int PersonName = 200;
    public const int Email = 254;
    public const int Phone = 40;
    public const int FieldValue = 1000;
    public const int LabelName = 60;
    public const int ExternalId = 200;
    public const int UserName = 64;
    public const int RoleName = 100;
    public const int Description = 1000;
    public const int Title = 200;

    /// <summary>A sentence for a value over its limit, or null; never repeats the value (it may be huge).</summary>
    public static string? TooLong(string? value, int max, string what) =>
        value?.Length > max ? $"{what} holds at most {max} characters; this one has {value.Length}." : null;

    /// <summary>A value as it may appear inside an error message or an audit entry: at most <paramref name="max"/> characters.</summary>
    public static string Shorten(string value, int max = 80) => value.Length <= max ? value : string.Concat(value.AsSpan(0, max), "…");
}
