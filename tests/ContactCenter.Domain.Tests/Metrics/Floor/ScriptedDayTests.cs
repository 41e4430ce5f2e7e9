using ContactCenter.Domain.Metrics.Floor;
using ContactCenter.Domain.Routing;
using static ContactCenter.Domain.Tests.Metrics.Floor.FloorScript;

namespace ContactCenter.Domain.Tests.Metrics.Floor;

/// <summary>
/// One morning of two queues, the expected figures worked out by hand in the comments: a missed
/// offer, a transfer, a supervisor's end, two abandons (one within the threshold), one chat still
/// waiting. There is no conference in the product yet, so none is scripted; it joins here when one exists.
/// </summary>
public sealed class ScriptedDayTests
{
    private static readonly TimeSpan SupportThreshold = TimeSpan.FromSeconds(30);
    private static readonly TimeSpan BillingThreshold = TimeSpan.FromSeconds(60);

    private static DateTimeOffset At(int hour, int minute, int second = 0) => new(2025, 3, 4, hour, minute, second, TimeSpan.Zero);

    private static FloorScript Morning()
    {
        var s = new FloorScript(At(8, 0), TimeZoneInfo.Utc);
        s.State(Alice, GlobalState.Ready, null, At(8, 55));
        s.State(Bob, GlobalState.Ready, null, At(8, 56));

        // A: offered to Alice, who lets it expire (missed offer), answered by Bob after 40 s; Bob ends it and finishes wrap-up at 09:06:40.
        var a = s.Start("support", At(9, 0));
        s.Offer(a, Alice, At(9, 0, 5));
        s.Expire(a, Alice, At(9, 0, 25));
        s.State(Alice, GlobalState.NotReady, "missed-offer", At(9, 0, 25));
        s.Offer(a, Bob, At(9, 0, 26));
        s.Accept(a, Bob, At(9, 0, 40));
        s.Customer(a, At(9, 1));
        s.Reply(a, Bob, At(9, 1, 20));
        s.End(a, Bob, At(9, 5));
        s.Resolve(a, Bob, At(9, 6, 40));
        s.Rate(a, 5, At(9, 7));
        s.State(Alice, GlobalState.Ready, null, At(9, 2));

        // B: Alice answers after 20 s and transfers it to billing at 09:15:20; Bob answers there after 50 s; Sam (a supervisor) ends it; Bob wraps up.
        var b = s.Start("support", At(9, 10));
        s.Accept(b, Alice, At(9, 10, 20));
        s.Transfer(b, "support", "billing", Alice, At(9, 15, 20));
        s.Accept(b, Bob, At(9, 16, 10));
        s.End(b, Sam, At(9, 20, 10));
        s.Resolve(b, Bob, At(9, 21, 10));

        // C leaves after 10 s (within the threshold: counts neither way); D after 60 s (counts against it).
        var c = s.Start("support", At(9, 30));
        s.Leave(c, whileWaiting: true, At(9, 30, 10));
        var d = s.Start("support", At(9, 40));
        s.Leave(d, whileWaiting: true, At(9, 41));

        // E still waits.
        s.Start("support", At(9, 50));
        s.State(Bob, GlobalState.NotReady, "lunch", At(10, 0));
        return s;
    }

    [Fact]
    public void Support_queue_counts_its_waits_and_handle_times_as_worked_out_by_hand()
    {
        var support = Morning().Figures("support", SupportThreshold, Alice, Bob, Carol);

        Assert.Equal(1, support.Waiting);
        Assert.Equal(At(9, 50), support.LongestWaitSince);
        Assert.Equal(0, support.Active);
        Assert.Equal(5, support.Offered);         // A, B, C, D, E entered
        Assert.Equal(2, support.Answered);        // A 40 s, B 20 s
        Assert.Equal(2, support.Abandoned);       // C 10 s, D 60 s
        Assert.Equal(TimeSpan.FromSeconds(30), support.AverageSpeedOfAnswer);      // (40 + 20) / 2
        Assert.Equal(100.0 / 3, support.ServiceLevelPercent!.Value, 9);            // B within ÷ (2 answered + D)
        Assert.Equal(50.0, support.AbandonmentPercent);                             // 2 ÷ 4
        Assert.Equal(TimeSpan.FromSeconds(330), support.AverageHandleTime);        // Bob on A 6:00, Alice on B until the transfer 5:00
        Assert.Equal(1, support.TransferredOut);
    }

    [Fact]
    public void Billing_queue_counts_the_transferred_wait_from_the_transfer_and_the_supervisor_end_ends_no_handle_time()
    {
        var billing = Morning().Figures("billing", BillingThreshold, Bob);

        Assert.Equal(1, billing.Offered);
        Assert.Equal(1, billing.Answered);
        Assert.Equal(TimeSpan.FromSeconds(50), billing.AverageSpeedOfAnswer);      // 09:15:20 → 09:16:10
        Assert.Equal(100.0, billing.ServiceLevelPercent);
        Assert.Equal(0.0, billing.AbandonmentPercent);
        Assert.Equal(TimeSpan.FromMinutes(5), billing.AverageHandleTime);          // Bob 09:16:10 → his wrap-up done 09:21:10
        Assert.Equal(0, billing.Waiting);
        Assert.Null(billing.LongestWaitSince);
    }

    [Fact]
    public void Total_judges_each_wait_against_its_own_queue_and_counts_each_agent_once()
    {
        var s = Morning();
        var total = FloorFigures.Total(
            [s.Figures("support", SupportThreshold, Alice, Bob, Carol), s.Figures("billing", BillingThreshold, Bob)],
            FloorFigures.StatesOf(s.Floor, [Alice, Bob, Carol, Bob]));

        Assert.Equal(3, total.Answered);
        Assert.Equal(2, total.Abandoned);
        Assert.Equal(TimeSpan.FromTicks(1_100_000_000 / 3), total.AverageSpeedOfAnswer);  // (40 + 20 + 50) s / 3, to the tick
        Assert.Equal(50.0, total.ServiceLevelPercent);    // B's 20 s ≤ 30, billing's 50 s ≤ 60 ÷ (3 + D)
        Assert.Equal(40.0, total.AbandonmentPercent);     // 2 ÷ 5
        Assert.Equal(TimeSpan.FromSeconds(320), total.AverageHandleTime);  // (6:00 + 5:00 + 5:00) / 3
        Assert.Equal(0, total.Agents.Busy);
        Assert.Equal(0, total.Agents.InWrapUp);
        Assert.Equal(1, total.Agents.NotReady["lunch"]);
        Assert.Equal(1, total.Agents.Ready);
        Assert.Equal(1, total.Agents.Offline);           // Carol never signed in
    }

    [Fact]
    public void An_agent_who_missed_an_offer_shows_not_ready_by_that_reason()
    {
        var s = new FloorScript(At(8, 0), TimeZoneInfo.Utc);
        s.State(Alice, GlobalState.Ready, null, At(8, 55));
        var a = s.Start("support", At(9, 0));
        s.Offer(a, Alice, At(9, 0, 5));
        s.Expire(a, Alice, At(9, 0, 25));
        s.State(Alice, GlobalState.NotReady, "missed-offer", At(9, 0, 25));

        var support = s.Figures("support", SupportThreshold, Alice);

        Assert.Equal(1, support.Agents.NotReady["missed-offer"]);
        Assert.Equal(0, support.Agents.Ready);
        Assert.Equal(1, support.Waiting);
        Assert.Equal(At(9, 0), support.LongestWaitSince);  // the declined offer does not restart the wait
        Assert.Equal(0, support.Answered);
    }
}
