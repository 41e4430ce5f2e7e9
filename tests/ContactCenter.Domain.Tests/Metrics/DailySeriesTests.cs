using ContactCenter.Domain.Metrics;
using static ContactCenter.Domain.Tests.Metrics.MetricsScenario;

namespace ContactCenter.Domain.Tests.Metrics;

public sealed class DailySeriesTests
{
    [Fact]
    public void Each_day_has_its_resolved_count_and_mean_first_response_time()
    {
        var yesterday = Day.From.AddDays(-1).AddHours(10);
        var chats = new[]
        {
            new Chat(yesterday).Customer(yesterday).Taken(Alice, yesterday).Reply(Alice, yesterday.AddMinutes(4)).Resolved(Alice, yesterday.AddMinutes(9)),
            new Chat(At(0)).Customer(At(0)).Taken(Alice, At(0)).Reply(Alice, At(1)).Resolved(Alice, At(5)),
            new Chat(At(0)).Customer(At(0)).Taken(Alice, At(0)).Reply(Alice, At(3)).Resolved(Alice, At(5)),
            new Chat(At(0)).Customer(At(0)).Taken(Bob, At(0)).Reply(Bob, At(30)).Resolved(Bob, At(40)),
        };
        var period = new MetricPeriod(Day.From.AddDays(-2), Day.To);

        var series = AgentMetrics.Daily(chats.Select(c => c.Facts), Alice, period, TimeZoneInfo.Utc);

        Assert.Equal(
            [
                new AgentDay(new DateOnly(2025, 3, 2), 0, null),
                new AgentDay(new DateOnly(2025, 3, 3), 1, TimeSpan.FromMinutes(4)),
                new AgentDay(new DateOnly(2025, 3, 4), 2, TimeSpan.FromMinutes(2)),
            ],
            series);
    }

    [Fact]
    public void The_days_follow_the_deployments_zone()
    {
        // 23:30 UTC on 4 March is 5 March in Paris.
        var late = Day.To.AddMinutes(-30);
        var chat = new Chat(late).Taken(Alice, late).Resolved(Alice, late.AddMinutes(1));
        var paris = TimeZoneInfo.FindSystemTimeZoneById("Europe/Paris");

        var series = AgentMetrics.Daily([chat.Facts], Alice, new MetricPeriod(Day.From, Day.To.AddHours(12)), paris);

        Assert.Equal([0, 1], series.Select(d => d.Resolved));
        Assert.Equal(new DateOnly(2025, 3, 5), series[^1].Day);
    }
}
