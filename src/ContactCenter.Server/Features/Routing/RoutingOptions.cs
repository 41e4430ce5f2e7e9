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

    /// <summary>
    /// How long the router lease lasts unless renewed: the longest a hung leader keeps the others from
    /// routing. Judged by the database's clock.
    /// </summary>
    public TimeSpan Lease { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>How often the leader renews its lease; at most half the lease, so one lost renewal is survived.</summary>
    public TimeSpan RenewEvery { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>A customer back within this time of their last conversation is first offered to the agent who served them.</summary>
    public TimeSpan StickyWindow { get; set; } = TimeSpan.FromHours(1);

    /// <summary>How long a returning customer's chat is kept for that agent (if ready) before anyone may take it.</summary>
    public TimeSpan StickyFor { get; set; } = TimeSpan.FromSeconds(60);
}
