namespace ContactCenter.Server.Features.Analytics;

/// <summary>The deployment's time zone: where "today" and the days of a series begin.</summary>
public sealed class TimeZoneOptions
{
    public const string Section = "ContactCenter";

    /// <summary>An IANA id such as "Europe/Paris" (ContactCenter:TimeZone).</summary>
    public string TimeZone { get; set; } = "UTC";

    public TimeZoneInfo Zone => TimeZoneInfo.FindSystemTimeZoneById(TimeZone);

    public bool IsValid => TimeZoneInfo.TryFindSystemTimeZoneById(TimeZone, out _);
}
