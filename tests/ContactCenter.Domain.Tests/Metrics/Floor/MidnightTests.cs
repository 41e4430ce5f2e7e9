using static ContactCenter.Domain.Tests.Metrics.Floor.FloorScript;

namespace ContactCenter.Domain.Tests.Metrics.Floor;

/// <summary>"Today" is the calendar day of the deployment's zone; an interval counts on the day of the event that ends it.</summary>
public sealed class MidnightTests
{
    private static readonly TimeZoneInfo Paris = TimeZoneInfo.FindSystemTimeZoneById("Europe/Paris");
    private static readonly TimeSpan Threshold = TimeSpan.FromSeconds(30);

    // 4 March 2025 in Paris is UTC+1: local midnight is 23:00 UTC.
    private static DateTimeOffset Local(int day, int hour, int minute, int second = 0) => new(2025, 3, day, hour, minute, second, TimeSpan.FromHours(1));

    [Fact]
    public void A_chat_crossing_midnight_enters_on_its_first_day_and_is_answered_and_handled_on_the_next()
    {
        var s = new FloorScript(Local(4, 8, 0), Paris);
        var c = s.Start("support", Local(4, 23, 59, 30));
        Assert.Equal(1, s.Figures("support", Threshold).Offered);

        Assert.True(s.Floor.RollTo(Local(5, 0, 0)));
        Assert.Equal(0, s.Figures("support", Threshold).Offered);
        Assert.Equal(Local(4, 23, 59, 30), s.Figures("support", Threshold).LongestWaitSince);   // still waiting

        s.Accept(c, Alice, Local(5, 0, 0, 20));
        s.End(c, Alice, Local(5, 0, 10, 20));
        s.Resolve(c, Alice, Local(5, 0, 12, 20));

        var next = s.Figures("support", Threshold);
        Assert.Equal(1, next.Answered);
        Assert.Equal(TimeSpan.FromSeconds(50), next.AverageSpeedOfAnswer);
        Assert.Equal(0.0, next.ServiceLevelPercent);   // 50 s > 30 s
        Assert.Equal(TimeSpan.FromMinutes(12), next.AverageHandleTime);
        Assert.Equal(new DateTimeOffset(2025, 3, 4, 23, 0, 0, TimeSpan.Zero), s.Floor.Today.From);
    }

    [Fact]
    public void Rolling_forgets_settled_conversations_and_keeps_live_ones()
    {
        var s = new FloorScript(Local(4, 8, 0), Paris);
        var settled = s.Start("support", Local(4, 9, 0));
        s.Leave(settled, whileWaiting: true, Local(4, 9, 1));
        var live = s.Start("support", Local(4, 22, 0));
        s.Accept(live, Alice, Local(4, 22, 0, 10));

        Assert.False(s.Floor.RollTo(Local(4, 23, 59, 59)));
        Assert.True(s.Floor.RollTo(Local(5, 0, 0)));

        Assert.Equal([live], s.Floor.Conversations.Select(c => c.Id));
        var today = s.Figures("support", Threshold, Alice);
        Assert.Equal((0, 0, 1), (today.Answered, today.Abandoned, today.Active));
    }

    [Fact]
    public void A_step_stamped_before_today_changes_the_floor_but_not_todays_tallies()
    {
        var s = new FloorScript(Local(5, 0, 5), Paris);
        var c = s.Start("support", Local(4, 23, 58));   // a step of yesterday folded just after midnight
        s.Leave(c, whileWaiting: true, Local(4, 23, 59));

        var today = s.Figures("support", Threshold);
        Assert.Equal((0, 0, 0), (today.Offered, today.Abandoned, today.Waiting));
    }
}
