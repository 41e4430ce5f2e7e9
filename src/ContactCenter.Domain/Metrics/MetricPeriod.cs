namespace ContactCenter.Domain.Metrics;

/// <summary>A half-open interval of time [From, To): an event at To belongs to the next period.</summary>
public sealed record MetricPeriod(DateTimeOffset From, DateTimeOffset To)
{
    public bool Contains(DateTimeOffset at) => at >= From && at < To;

    /// <summary>The calendar days of <paramref name="zone"/> that this period touches, each cut to the period.</summary>
    public IReadOnlyList<(DateOnly Day, MetricPeriod Part)> Days(TimeZoneInfo zone)
    {
        var days = new List<(DateOnly, MetricPeriod)>();
        var day = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(From, zone).DateTime);
        for (var start = LocalDays.Start(day, zone); start < To; day = day.AddDays(1), start = LocalDays.Start(day, zone))
        {
            var end = LocalDays.Start(day.AddDays(1), zone);
            days.Add((day, new MetricPeriod(start > From ? start : From, end < To ? end : To)));
        }

        return days;
    }
}

/// <summary>Where calendar days of a time zone begin, daylight saving time included.</summary>
public static class LocalDays
{
    public static DateTimeOffset Start(DateOnly day, TimeZoneInfo zone)
    {
        var local = day.ToDateTime(TimeOnly.MinValue, DateTimeKind.Unspecified);
        // Where the clocks jump forward over midnight, the day begins at the first time that exists.
        while (zone.IsInvalidTime(local))
        {
            local = local.AddMinutes(15);
        }

        // Where midnight happens twice, the day begins at the first one (the larger offset).
        var offset = zone.IsAmbiguousTime(local) ? zone.GetAmbiguousTimeOffsets(local).Max() : zone.GetUtcOffset(local);
        return new DateTimeOffset(local, offset);
    }
}
