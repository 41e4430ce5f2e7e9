namespace ContactCenter.Server.Hosting.Draining;

/// <summary>How a node stops (ContactCenter:Drain).</summary>
public sealed class DrainOptions
{
    public const string Section = "ContactCenter:Drain";

    /// <summary>
    /// The most a graceful stop waits for open requests and connections before the process ends.
    /// Well under the presence grace (30 s by default), so a restart never outlasts it and costs
    /// agents their state; hub clients reconnect elsewhere and resume by version.
    /// </summary>
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(8);
}
