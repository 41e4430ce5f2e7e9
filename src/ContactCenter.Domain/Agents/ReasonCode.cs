using ContactCenter.Domain.Common;

namespace ContactCenter.Domain.Agents;

/// <summary>
/// Why an agent is not ready (break, lunch, ...), or how a conversation ended (a wrap-up code).
/// System codes are set by the product, not chosen.
/// </summary>
public sealed record ReasonCode
{
    /// <summary>Set by the router when an agent lets an offer time out.</summary>
    public const string MissedOfferId = "missed-offer";

    public required string Id { get; init; }
    public required string Name { get; init; }
    public bool IsSystem { get; init; }

    /// <summary>Which list it belongs to: the not-ready reasons of the state picker, or the wrap-up codes.</summary>
    public ReasonCodeKind Kind { get; init; } = ReasonCodeKind.NotReady;

    public ValidationErrors Validate() => ValidationErrors.Of(
    [
        Slug.IsValid(Id) ? null : $"Reason code id '{TextLimits.Shorten(Id)}' must be lowercase letters, digits and dashes.",
        string.IsNullOrWhiteSpace(Name) ? $"Reason code '{TextLimits.Shorten(Id)}' needs a name." : null,
        TextLimits.TooLong(Name, TextLimits.Title, "A reason code's name"),
    ]);
}

/// <summary>The two lists the admin keeps reason codes in.</summary>
public enum ReasonCodeKind
{
    NotReady,
    WrapUp,
}
