using ContactCenter.Domain.Metrics;
using static ContactCenter.Domain.Tests.Metrics.Floor.FloorScript;
using static ContactCenter.Domain.Tests.Metrics.WorkedDay.WorkedDay;

namespace ContactCenter.Domain.Tests.Metrics.WorkedDay;

/// <summary>Team analytics of the worked day (<see cref="WorkedDay"/>), each figure worked out by hand in its comment.</summary>
public sealed class WorkedDayTeamTests
{
    private static TeamFigures Team(MetricPeriod period, AnalyticsFilter? filter = null) =>
        TeamMetrics.Compute(BothDays().Facts, filter ?? AnalyticsFilter.Everything, period, TimeZoneInfo.Utc);

    [Fact]
    public void The_first_day_in_every_queue()
    {
        var day = Team(Day1);

        Assert.Equal(9, day.Volume);                                             // support A B C D H G E, billing B F
        Assert.Equal(2, day.Backlog);                                            // G active and E waiting at midnight
        Assert.Equal(6, day.Answered);                                           // A, B twice, F, H, G
        Assert.Equal(2, day.Abandoned);                                          // C, D
        Assert.Equal(25.0, day.AbandonmentPercent!.Value, 9);                    // 2 ÷ 8
        Assert.Equal(2, day.Transferred);                                        // B to billing, F to Alice
        Assert.Equal(5, day.AnsweredConversations);                              // A B F H G
        Assert.Equal(40.0, day.TransferPercent);                                 // a conference is no transfer
        Assert.Equal(TimeSpan.FromSeconds(300), day.HandleTime);                 // 6:00 + 5:00 + 5:00 + 5:00 + 5:00 + H's 4:00 and 5:00 over 7 segments
        Assert.Equal(7, day.Handled);
        Assert.Equal(TimeSpan.FromSeconds(51), day.Credited.FirstResponseTime);  // A 20 s, B 30 s, F 10 s, H 15 s, G 3:00
        Assert.Equal(5, day.Credited.FirstResponses);
        Assert.Equal(TimeSpan.FromTicks(4_300_000_000 / 9), day.Credited.AverageResponseTime); // 20 60 30 40 10 45 15 30 180 over 9 runs, to the tick
        Assert.Equal(9, day.Credited.Responses);
        Assert.Equal(4, day.Credited.Resolved);                                  // A, B, F, H (by its wrap-up)
        Assert.Equal(TimeSpan.FromSeconds(565), day.Credited.ResolutionTime);    // (6:40 + 11:10 + 10:30 + 9:20) / 4
        Assert.Equal(75.0, day.Credited.CsatPercent!.Value, 9);                  // 5, 2, 4 and 4: three of four
        Assert.Equal(3.75, day.Credited.AverageRating!.Value, 9);
        Assert.Equal([new TeamDay(DateOnly.FromDateTime(Day1.From.UtcDateTime), 9, 4, 75.0, 3.75, 4)], day.Days);
    }

    [Fact]
    public void The_agent_comparison_of_the_first_day()
    {
        var rows = Team(Day1).Agents.ToDictionary(r => r.AgentId);

        Assert.Equal([Alice, Bob, Carol], rows.Keys.Order());                    // Sam ended B but is credited nothing
        var alice = rows[Alice];
        // Alice's reply in H after she took it over is hers; its first response was Carol's. She resolved F and H.
        Assert.Equal(new AgentFigures(TimeSpan.FromSeconds(30), 1, TimeSpan.FromSeconds(35), 3, TimeSpan.FromSeconds(595), 2, 100.0, 4, 2), alice.Figures);
        Assert.Equal((TimeSpan.FromMinutes(5), 3, 1, 1), (alice.HandleTime!.Value, alice.Handled, alice.Answered, alice.Transferred));
        var bob = rows[Bob];
        Assert.Equal(new AgentFigures(TimeSpan.FromSeconds(100), 2, TimeSpan.FromSeconds(75), 4, TimeSpan.FromSeconds(535), 2, 50.0, 3.5, 2), bob.Figures);
        Assert.Equal((TimeSpan.FromSeconds(330), 2, 3, 0), (bob.HandleTime!.Value, bob.Handled, bob.Answered, bob.Transferred));
        var carol = rows[Carol];
        // F 10 s and H 15 s; she left H to Alice, who is credited its resolution and rating.
        Assert.Equal(new AgentFigures(TimeSpan.FromSeconds(12.5), 2, TimeSpan.FromSeconds(12.5), 2, null, 0, null, null, 0), carol.Figures);
        Assert.Equal((TimeSpan.FromSeconds(270), 2, 2, 1), (carol.HandleTime!.Value, carol.Handled, carol.Answered, carol.Transferred)); // F 5:00, H 4:00
    }

    [Fact]
    public void Each_agent_row_is_what_their_personal_analytics_show()
    {
        var facts = BothDays().Facts;
        var twoDays = new MetricPeriod(Day1.From, Day2.To);

        foreach (var row in TeamMetrics.Compute(facts, AnalyticsFilter.Everything, twoDays, TimeZoneInfo.Utc).Agents)
        {
            Assert.Equal(AgentMetrics.Compute(facts, row.AgentId, twoDays), row.Figures);
        }

        var bobAlone = TeamMetrics.Compute(facts, new AnalyticsFilter(AgentIds: new HashSet<Guid> { Bob }), Day1, TimeZoneInfo.Utc);
        Assert.Equal(AgentMetrics.Compute(facts, Bob, Day1), bobAlone.Credited);
    }

    [Fact]
    public void The_second_day_counts_what_ended_after_midnight()
    {
        var day = Team(Day2);

        Assert.Equal(0, day.Volume);
        Assert.Equal(1, day.Backlog);                                            // E
        Assert.Equal(0, day.Answered);
        Assert.Null(day.AbandonmentPercent);                                     // nothing answered or abandoned: "—"
        Assert.Null(day.TransferPercent);
        Assert.Equal(TimeSpan.FromMinutes(20), day.HandleTime);                  // Bob on G
        Assert.Null(day.Credited.FirstResponseTime);                             // G's first reply was on the first day
        Assert.Equal(TimeSpan.FromSeconds(60), day.Credited.AverageResponseTime);
        Assert.Equal(1, day.Credited.Resolved);
        Assert.Equal(TimeSpan.FromSeconds(1215), day.Credited.ResolutionTime);  // 23:50 → 00:10:15
        Assert.Equal(100.0, day.Credited.CsatPercent);
    }

    [Fact]
    public void A_queue_filter_agrees_with_that_queues_wallboard_today()
    {
        var s = FirstDay();
        foreach (var (queue, threshold) in new[] { ("support", SupportThreshold), ("billing", BillingThreshold) })
        {
            var board = s.Figures(queue, threshold);
            var team = TeamMetrics.Compute(s.Facts, new AnalyticsFilter(QueueIds: new HashSet<string> { queue }), Day1, TimeZoneInfo.Utc);

            Assert.Equal(board.Offered, team.Volume);
            Assert.Equal(board.Answered, team.Answered);
            Assert.Equal(board.Abandoned, team.Abandoned);
            Assert.Equal(board.AbandonmentPercent, team.AbandonmentPercent);
            Assert.Equal(board.AverageHandleTime, team.HandleTime);
        }
    }

    [Fact]
    public void An_agent_filter_counts_what_the_agent_answered_and_owns_and_shows_no_abandonment()
    {
        var bob = Team(Day1, new AnalyticsFilter(AgentIds: new HashSet<Guid> { Bob }));

        Assert.Equal(3, bob.Volume);                                             // A, B in billing, G
        Assert.Equal(1, bob.Backlog);                                            // G is his at midnight; E is no one's
        Assert.Null(bob.Abandoned);
        Assert.Null(bob.AbandonmentPercent);
        Assert.Equal(0, bob.Transferred);
        Assert.Equal([Bob], bob.Agents.Select(r => r.AgentId));
    }

    [Fact]
    public void Channel_and_label_filters_keep_only_their_conversations()
    {
        Assert.Equal(0, Team(Day1, new AnalyticsFilter(ChannelId: "email")).Volume);
        Assert.Equal(9, Team(Day1, new AnalyticsFilter(ChannelId: "web-chat")).Volume);
        Assert.Equal(0, Team(Day1, new AnalyticsFilter(LabelId: "vip")).Volume);
    }
}
