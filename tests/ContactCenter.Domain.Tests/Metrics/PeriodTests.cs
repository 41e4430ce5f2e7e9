using ContactCenter.Domain.Metrics;

namespace ContactCenter.Domain.Tests.Metrics;

public sealed class PeriodTests
{
    private static readonly TimeZoneInfo Paris = TimeZoneInfo.FindSystemTimeZoneById("Europe/Paris");
    private static readonly TimeZoneInfo NewYork = TimeZoneInfo.FindSystemTimeZoneById("America/New_York");
    private static readonly TimeZoneInfo Santiago = TimeZoneInfo.FindSystemTimeZoneById("America/Santiago");

    private static DateTimeOffset Utc(int month, int day, int hour, int minute = 0) => new(2025, month, day, hour, minute, 0, TimeSpan.Zero);

    [Fact]
    public void Today_in_utc_is_the_whole_calendar_day()
    {
        Assert.Equal(new MetricPeriod(Utc(3, 4, 0), Utc(3, 5, 0)), MetricPeriods.Resolve("today", Utc(3, 4, 15, 30), TimeZoneInfo.Utc));
    }

    [Fact]
    public void Today_follows_the_deployments_zone_not_utc()
    {
        // 23:30 UTC is already half past midnight of the next day in Paris (UTC+1 in March).
        Assert.Equal(new MetricPeriod(Utc(3, 4, 23), Utc(3, 5, 23)), MetricPeriods.Resolve("today", Utc(3, 4, 23, 30), Paris));
        Assert.Equal(new MetricPeriod(Utc(3, 4, 0), Utc(3, 5, 0)), MetricPeriods.Resolve("today", Utc(3, 4, 23, 30), TimeZoneInfo.Utc));
    }

    [Fact]
    public void A_day_when_clocks_go_forward_has_23_hours_and_one_when_they_go_back_25()
    {
        var spring = MetricPeriods.Resolve("today", Utc(3, 9, 18), NewYork)!;
        var autumn = MetricPeriods.Resolve("today", Utc(10, 26, 12), Paris)!;

        Assert.Equal(new MetricPeriod(Utc(3, 9, 5), Utc(3, 10, 4)), spring);
        Assert.Equal(new MetricPeriod(Utc(10, 25, 22), Utc(10, 26, 23)), autumn);
    }

    [Fact]
    public void Where_midnight_is_skipped_the_day_starts_at_the_first_time_that_exists()
    {
        // Chile moved its clocks from 00:00 to 01:00 on 7 September 2025.
        var skipped = MetricPeriods.Resolve("today", Utc(9, 7, 12), Santiago)!;

        Assert.Equal(new MetricPeriod(Utc(9, 7, 4), Utc(9, 8, 3)), skipped);
    }

    [Theory]
    [InlineData("7d", 7)]
    [InlineData("30d", 30)]
    public void Rolling_windows_end_now(string name, int days)
    {
        var now = Utc(3, 4, 15, 30);

        Assert.Equal(new MetricPeriod(now.AddDays(-days), now), MetricPeriods.Resolve(name, now, Paris));
    }

    [Theory]
    [InlineData("")]
    [InlineData(null)]
    [InlineData("Today")]
    [InlineData("week")]
    [InlineData("7")]
    public void Other_names_are_no_period(string? name)
    {
        Assert.Null(MetricPeriods.Resolve(name, Utc(3, 4, 15), TimeZoneInfo.Utc));
    }

    [Fact]
    public void A_period_is_half_open()
    {
        var period = new MetricPeriod(Utc(3, 4, 0), Utc(3, 5, 0));

        Assert.True(period.Contains(Utc(3, 4, 0)));
        Assert.False(period.Contains(Utc(3, 5, 0)));
    }

    [Fact]
    public void A_rolling_week_splits_into_eight_local_days_cut_to_the_window()
    {
        var days = MetricPeriods.Resolve("7d", Utc(3, 4, 15, 30), TimeZoneInfo.Utc)!.Days(TimeZoneInfo.Utc);

        Assert.Equal(8, days.Count);
        Assert.Equal((new DateOnly(2025, 2, 25), new MetricPeriod(Utc(2, 25, 15, 30), Utc(2, 26, 0))), days[0]);
        Assert.Equal((new DateOnly(2025, 3, 4), new MetricPeriod(Utc(3, 4, 0), Utc(3, 4, 15, 30))), days[^1]);
        Assert.All(days.Zip(days.Skip(1)), pair => Assert.Equal(pair.First.Part.To, pair.Second.Part.From));
    }

    [Fact]
    public void Local_days_of_a_non_utc_zone_begin_at_its_midnight()
    {
        var days = new MetricPeriod(Utc(3, 4, 12), Utc(3, 5, 12)).Days(Paris);

        Assert.Equal(
            [(new DateOnly(2025, 3, 4), new MetricPeriod(Utc(3, 4, 12), Utc(3, 4, 23))), (new DateOnly(2025, 3, 5), new MetricPeriod(Utc(3, 4, 23), Utc(3, 5, 12)))],
            days);
    }
}
