namespace ContactCenter.Domain.Metrics;

/// <summary>The periods a person may ask figures for, by the names the hub and the API accept.</summary>
public static class MetricPeriods
{
    public const string Today = "today";
    public const string SevenDays = "7d";
    public const string ThirtyDays = "30d";

    public static readonly IReadOnlyList<string> Names = [Today, SevenDays, ThirtyDays];

    /// <summary>
    /// "today" is the calendar day in the deployment's zone, whole (nothing after now exists yet);
    /// "7d" and "30d" are rolling windows ending now. Null for any other name.
    /// </summary>
    public static MetricPeriod? Resolve(string? name, DateTimeOffset now, TimeZoneInfo zone) => name switch
    {
        Today => TodayIn(now, zone),
        SevenDays => new MetricPeriod(now.AddDays(-7), now),
        ThirtyDays => new MetricPeriod(now.AddDays(-30), now),
        _ => null,
    };

    private static MetricPeriod TodayIn(DateTimeOffset now, TimeZoneInfo zone)
    {
        var day = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(now, zone).DateTime);
        return new MetricPeriod(LocalDays.Start(day, zone), LocalDays.Start(day.AddDays(1), zone));
    }
}
