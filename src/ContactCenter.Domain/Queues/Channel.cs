using ContactCenter.Domain.Common;

namespace ContactCenter.Domain.Queues;

/// <summary>An entry point customers reach us through, such as the web chat widget of one site.</summary>
public sealed record Channel
{
    public required string Id { get; init; }
    public required string Name { get; init; }
    public required ChannelKind Kind { get; init; }

    public ValidationErrors Validate() => ValidationErrors.Of(
    [
        Slug.IsValid(Id) ? null : $"Channel id '{Id}' must be lowercase letters, digits and dashes.",
        string.IsNullOrWhiteSpace(Name) ? $"Channel '{Id}' needs a name." : null,
    ]);
}
