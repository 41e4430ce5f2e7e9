namespace ContactCenter.Domain.Queues;

/// <summary>The media routing domain a channel belongs to; agents have a state and capacity per kind.</summary>
public enum ChannelKind
{
    Chat,
    Email,
    Social,
}
