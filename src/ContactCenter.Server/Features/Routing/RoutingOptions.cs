namespace ContactCenter.Server.Features.Routing;

public sealed class RoutingOptions
{
    public const string Section = "ContactCenter:Routing";

    /// <summary>Runs the router on this node (one node leads at a time; the others stand by).</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>The leader routes at least this often, and at once when any node wakes it.</summary>
    public TimeSpan Tick { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>How often a standby node tries to become the leader.</summary>
    public TimeSpan ElectionInterval { get; set; } = TimeSpan.FromSeconds(1);
}
