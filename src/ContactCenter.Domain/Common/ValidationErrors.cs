namespace ContactCenter.Domain.Common;

/// <summary>
/// The outcome of checking a configuration document: empty when valid. Rule violations are
/// values, not exceptions, so callers can show every problem at once.
/// </summary>
public sealed record ValidationErrors(IReadOnlyList<string> Messages)
{
    public static readonly ValidationErrors None = new([]);

    public bool IsValid => Messages.Count == 0;

    public static ValidationErrors Of(IEnumerable<string?> candidates) =>
        new(candidates.OfType<string>().ToArray());

    /// <summary>The problems as one refusal, code "invalid", each message kept for clients that list them.</summary>
    public RuleViolation ToViolation() => RuleViolation.Invalid("invalid", ToString()) with { Errors = Messages };

    public override string ToString() => string.Join("; ", Messages);
}
