namespace ContactCenter.Server.Hosting.Limits;

/// <summary>
/// Flood limits (ContactCenter:Limits). Counted on each node in memory: behind a load balancer an
/// address or identity gets up to this much per node, which bounds a flood without a shared store.
/// </summary>
public sealed class LimitOptions
{
    public const string Section = "ContactCenter:Limits";

    /// <summary>Failed sign-ins one source address may make per minute before it gets 429s.</summary>
    public int FailedSignInsPerMinute { get; set; } = 20;

    /// <summary>Anonymous chat starts (each makes a profile) per source address per minute.</summary>
    public int ChatStartsPerMinute { get; set; } = 60;

    /// <summary>Writes (POST, PUT, PATCH, DELETE) to the REST API per signed-in staff member per minute.</summary>
    public int StaffWritesPerMinute { get; set; } = 300;

    /// <summary>Hub messages one identity may send in a burst, across all its connections; then one per <see cref="HubMessageInterval"/>.</summary>
    public int HubMessageBurst { get; set; } = 10;

    public TimeSpan HubMessageInterval { get; set; } = TimeSpan.FromMilliseconds(500);

    /// <summary>Open hub connections per widget customer on one node.</summary>
    public int ConnectionsPerCustomer { get; set; } = 10;

    /// <summary>Open agent hub connections per staff member on one node (desk tabs, API clients).</summary>
    public int ConnectionsPerStaffMember { get; set; } = 20;

    public static readonly TimeSpan Window = TimeSpan.FromMinutes(1);
}
