using ContactCenter.Domain.Metrics.Floor;
using static ContactCenter.Domain.Tests.Metrics.Floor.FloorScript;
using static ContactCenter.Domain.Tests.Metrics.WorkedDay.WorkedDay;

namespace ContactCenter.Domain.Tests.Metrics.WorkedDay;

/// <summary>The wallboard's figures of the worked day (<see cref="WorkedDay"/>), each worked out by hand in its comment.</summary>
public sealed class WorkedDayFloorTests
{
    [Fact]
    public void Support_before_midnight()
    {
        var support = FirstDay().Figures("support", SupportThreshold, Alice, Bob, Carol);

        Assert.Equal(7, support.Offered);                                        // A B C D H G E started there; F's handover is no entry
        Assert.Equal(4, support.Answered);                                       // A 40 s, B 20 s, H 20 s, G 15 s
        Assert.Equal(2, support.Abandoned);                                      // C 10 s, D 60 s
        Assert.Equal(TimeSpan.FromSeconds(23.75), support.AverageSpeedOfAnswer); // 95 / 4
        Assert.Equal(60.0, support.ServiceLevelPercent);                         // B, H, G within 30 s ÷ (4 answered + D)
        Assert.Equal(100.0 / 3, support.AbandonmentPercent!.Value, 9);           // 2 ÷ 6
        Assert.Equal(TimeSpan.FromSeconds(300), support.AverageHandleTime);      // Bob on A 6:00, Alice on B 5:00 and F 5:00, on H Carol 4:00 and Alice 5:00
        Assert.Equal(1, support.TransferredOut);                                 // B
        Assert.Equal(1, support.Waiting);                                        // E
        Assert.Equal(At(23, 59), support.LongestWaitSince);
        Assert.Equal(1, support.Active);                                         // G
    }

    [Fact]
    public void Billing_before_midnight_counts_the_transfer_in_and_the_handover_out()
    {
        var billing = FirstDay().Figures("billing", BillingThreshold, Bob, Carol);

        Assert.Equal(2, billing.Offered);                                        // B transferred in, F started
        Assert.Equal(2, billing.Answered);                                       // B 50 s after the transfer, F 30 s
        Assert.Equal(TimeSpan.FromSeconds(40), billing.AverageSpeedOfAnswer);
        Assert.Equal(100.0, billing.ServiceLevelPercent);
        Assert.Equal(0.0, billing.AbandonmentPercent);
        Assert.Equal(TimeSpan.FromMinutes(5), billing.AverageHandleTime);        // Bob on B 5:00 (the supervisor's end ends nothing), Carol on F 5:00
        Assert.Equal(1, billing.TransferredOut);                                 // F to Alice
        Assert.Equal(0, billing.Active);
    }

    [Fact]
    public void The_missed_offer_shows_its_reason_until_the_agent_is_ready_again()
    {
        var s = FirstDay();

        var states = FloorFigures.StatesOf(s.Floor, [Alice, Bob, Carol]);

        Assert.Equal(3, states.Ready);                                           // Alice ready again at 09:08
        Assert.Empty(states.NotReady);
    }

    [Fact]
    public void After_midnight_the_chat_that_crossed_it_is_handled_on_the_second_day()
    {
        var support = BothDays().Figures("support", SupportThreshold, Alice, Bob, Carol);

        Assert.Equal(0, support.Offered);
        Assert.Equal(0, support.Answered);
        Assert.Null(support.ServiceLevelPercent);                                // nothing counts yet: "—"
        Assert.Null(support.AbandonmentPercent);
        Assert.Equal(TimeSpan.FromMinutes(20), support.AverageHandleTime);       // Bob on G 23:50:15 → 00:10:15
        Assert.Equal(1, support.Waiting);                                        // E still waits, since the first day
        Assert.Equal(At(23, 59), support.LongestWaitSince);
        Assert.Equal(0, support.Active);
    }
}
