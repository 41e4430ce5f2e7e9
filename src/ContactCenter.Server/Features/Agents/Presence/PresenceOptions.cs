namespace ContactCenter.Server.Features.Agents.Presence;

public sealed class PresenceOptions
{
    public const string Section = "ContactCenter:Presence";

    /// <summary>An agent goes offline once every connection has been gone this long (a reload or a short drop is forgiven).</summary>
    public TimeSpan Grace { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>How often each node refreshes the last-seen time of its connected agents; well under the grace.</summary>
    public TimeSpan Heartbeat { get; set; } = TimeSpan.FromSeconds(10);
}
