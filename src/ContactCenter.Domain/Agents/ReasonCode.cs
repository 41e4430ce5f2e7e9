using ContactCenter.Domain.Common;

namespace ContactCenter.Domain.Agents;

/// <summary>Why an agent is not ready (break, lunch, ...). System codes are set by the product, not chosen.</summary>
public sealed record ReasonCode
{
    /// <summary>Set by the router when an agent lets an offer time out.</summary>
    public const string MissedOfferId = "missed-offer";

    public required string Id { get; init; }
    public required string Name { get; init; }
    public bool IsSystem { get; init; }

    public ValidationErrors Validate() => ValidationErrors.Of(
    [
        Slug.IsValid(Id) ? null : $"Reason code id '{TextLimits.Shorten(Id)}' must be lowercase letters, digits and dashes.",
        string.IsNullOrWhiteSpace(Name) ? $"Reason code '{TextLimits.Shorten(Id)}' needs a name." : null,
        TextLimits.TooLong(Name, TextLimits.Title, "A reason code's name"),
    ]);
}
