using ContactCenter.Domain.Conversations;
using static ContactCenter.Domain.Tests.Metrics.Floor.FloorScript;

namespace ContactCenter.Domain.Tests.Metrics.Floor;

/// <summary>The wallboard folds a finished wrap-up as the end of the owner's segment and of their wrap-up flag.</summary>
public sealed class WrapUpFloorTests
{
    private static readonly DateTimeOffset T0 = new(2025, 3, 4, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public void A_wrap_up_that_times_out_closes_the_conversation_and_counts_the_handle_time_to_then()
    {
        var s = new FloorScript(T0, TimeZoneInfo.Utc);
        var c = s.Start("support", T0);
        s.Accept(c, Alice, T0.AddSeconds(10));
        s.End(c, Alice, T0.AddSeconds(70));
        Assert.Equal(1, s.Figures("support", TimeSpan.FromSeconds(30), Alice).Agents.InWrapUp);

        s.FinishWrapUp(c, Alice, "timed-out", T0.AddSeconds(100));

        var figures = s.Figures("support", TimeSpan.FromSeconds(30), Alice);
        Assert.Equal((0, 0, 1, TimeSpan.FromSeconds(90)), (figures.InWrapUp, figures.Agents.InWrapUp, figures.Handled, figures.AverageHandleTime));
        Assert.Equal([Alice], s.Last.Agents);
        Assert.DoesNotContain(s.Floor.Conversations, x => x.IsOnTheFloor);
    }

    [Fact]
    public void A_finish_after_a_resolve_counts_no_second_segment()
    {
        var s = new FloorScript(T0, TimeZoneInfo.Utc);
        var c = s.Start("support", T0);
        s.Accept(c, Alice, T0.AddSeconds(10));
        s.Resolve(c, Alice, T0.AddSeconds(40));
        s.FinishWrapUp(c, Alice, "finished", T0.AddSeconds(50));

        Assert.Equal((1, TimeSpan.FromSeconds(30)), (s.Figures("support", TimeSpan.FromSeconds(30), Alice).Handled, s.Figures("support", TimeSpan.FromSeconds(30), Alice).AverageHandleTime));
        Assert.Equal(ConversationStatus.Resolved, s.Floor.Conversations.Single().Status);
    }
}
