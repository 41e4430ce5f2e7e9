using ContactCenter.Domain.Routing;
using ContactCenter.Domain.Metrics;
using ContactCenter.Domain.Tests.Metrics.Floor;
using static ContactCenter.Domain.Tests.Metrics.Floor.FloorScript;

namespace ContactCenter.Domain.Tests.Metrics.WorkedDay;

/// <summary>
/// One day of two queues on a fake clock (UTC), fed to the wallboard's fold and to the facts
/// team analytics read, so both are checked against the same hand computation. Its chats:
/// A a missed offer then an answer; B a transfer to a queue and a supervisor's end; C and D
/// abandoned (within and after the threshold); F a transfer to a named agent; H a conference whose
/// owner leaves it to the guest, closed by the guest's wrap-up; G crossing midnight; E still
/// waiting at midnight. A guest's time before they own the conversation is no handle segment yet
/// (docs/domain.md, "Figures").
/// </summary>
internal static class WorkedDay
{
    public static readonly TimeSpan SupportThreshold = TimeSpan.FromSeconds(30);
    public static readonly TimeSpan BillingThreshold = TimeSpan.FromSeconds(60);

    public static readonly MetricPeriod Day1 = new(At(0, 0), At(24, 0));
    public static readonly MetricPeriod Day2 = new(At(24, 0), At(48, 0));

    /// <summary>Hours past midnight of 4 March 2025 (UTC); 24 and more is the next day.</summary>
    public static DateTimeOffset At(int hour, int minute, int second = 0) =>
        new DateTimeOffset(2025, 3, 4, 0, 0, 0, TimeSpan.Zero).AddHours(hour).AddMinutes(minute).AddSeconds(second);

    /// <summary>Everything up to 23:59:30 of the first day.</summary>
    public static FloorScript FirstDay() => FirstDay(out _);

    private static FloorScript FirstDay(out Guid g)
    {
        var s = new FloorScript(At(8, 0), TimeZoneInfo.Utc);
        s.State(Alice, GlobalState.Ready, null, At(8, 55));
        s.State(Bob, GlobalState.Ready, null, At(8, 56));
        s.State(Carol, GlobalState.Ready, null, At(8, 57));

        // A: Alice misses the offer; Bob answers at 40 s, replies in 20 s and then in 60 s, ends at 09:05,
        // resolves at 09:06:40 (handle 6:00, resolution 6:40); rated 5.
        var a = s.Start("support", At(9, 0));
        s.Offer(a, Alice, At(9, 0, 5));
        s.Expire(a, Alice, At(9, 0, 25));
        s.State(Alice, GlobalState.NotReady, "missed-offer", At(9, 0, 25));
        s.Offer(a, Bob, At(9, 0, 26));
        s.Accept(a, Bob, At(9, 0, 40));
        s.Customer(a, At(9, 1));
        s.Reply(a, Bob, At(9, 1, 20));
        s.Customer(a, At(9, 2));
        s.Customer(a, At(9, 2, 30));
        s.Reply(a, Bob, At(9, 3));
        s.End(a, Bob, At(9, 5));
        s.Resolve(a, Bob, At(9, 6, 40));
        s.Rate(a, 5, At(9, 7));
        s.State(Alice, GlobalState.Ready, null, At(9, 8));

        // B: Alice answers at 20 s, replies in 30 s, transfers to billing at 09:15:20 (her handle 5:00);
        // Bob answers there after 50 s, replies in 40 s; Sam ends it at 09:20:10; Bob resolves at 09:21:10
        // (his handle 5:00; latest resolution 11:10 after creation); rated 2.
        var b = s.Start("support", At(9, 10));
        s.Accept(b, Alice, At(9, 10, 20));
        s.Customer(b, At(9, 11));
        s.Reply(b, Alice, At(9, 11, 30));
        s.Transfer(b, "support", "billing", Alice, At(9, 15, 20));
        s.Accept(b, Bob, At(9, 16, 10));
        s.Customer(b, At(9, 17));
        s.Reply(b, Bob, At(9, 17, 40));
        s.End(b, Sam, At(9, 20, 10));
        s.Resolve(b, Bob, At(9, 21, 10));
        s.Rate(b, 2, At(9, 22));

        // C leaves after 10 s (within support's 30 s); D is offered to Carol and left after 60 s.
        var c = s.Start("support", At(9, 30));
        s.Leave(c, whileWaiting: true, At(9, 30, 10));
        var d = s.Start("support", At(9, 40));
        s.Offer(d, Carol, At(9, 40, 5));
        s.Leave(d, whileWaiting: true, At(9, 41));

        // F: Carol answers in billing at 30 s, replies in 10 s, transfers to Alice in support, who accepts
        // at 10:05:30 (Carol's handle 5:00), replies in 45 s, resolves at 10:10:30 (her handle 5:00,
        // resolution 10:30); rated 4.
        var f = s.Start("billing", At(10, 0));
        s.Accept(f, Carol, At(10, 0, 30));
        s.Customer(f, At(10, 1));
        s.Reply(f, Carol, At(10, 1, 10));
        s.OfferTransfer(f, Carol, Alice, "support", At(10, 5));
        s.AcceptTransfer(f, Carol, Alice, "billing", "support", At(10, 5, 30));
        s.Customer(f, At(10, 6));
        s.Reply(f, Alice, At(10, 6, 45));
        s.Resolve(f, Alice, At(10, 10, 30));
        s.Rate(f, 4, At(10, 11));

        // H: Carol answers at 20 s, replies in 15 s, invites Alice, who joins at 11:02; Carol leaves it to her
        // at 11:04:20 (Carol's handle 4:00); Alice replies in 30 s, ends it at 11:08 and finishes the
        // wrap-up at 11:09:20, which resolves it (her handle 5:00, resolution 9:20); rated 4.
        var h = s.Start("support", At(11, 0));
        s.Accept(h, Carol, At(11, 0, 20));
        s.Customer(h, At(11, 1));
        s.Reply(h, Carol, At(11, 1, 15));
        s.Conference(h, Carol, Alice, At(11, 1, 40), At(11, 2));
        s.OwnerLeaves(h, Carol, Alice, At(11, 4, 20));
        s.Customer(h, At(11, 5));
        s.Reply(h, Alice, At(11, 5, 30));
        s.End(h, Alice, At(11, 8));
        s.FinishWrapUp(h, Alice, "finished", At(11, 9, 20));
        s.Rate(h, 4, At(11, 10));

        // G: Bob answers at 15 s, first reply after 3:00 before midnight.
        g = s.Start("support", At(23, 50));
        s.Accept(g, Bob, At(23, 50, 15));
        s.Customer(g, At(23, 55));
        s.Reply(g, Bob, At(23, 58));

        // E waits from 23:59.
        s.Start("support", At(23, 59));
        return s;
    }

    /// <summary>The first day, midnight, then G's end on the second: a reply after 60 s, Bob resolves at 00:10:15 (handle 20:00, resolution 20:15); rated 5.</summary>
    public static FloorScript BothDays()
    {
        var s = FirstDay(out var g);
        s.Floor.RollTo(At(24, 0));
        s.Customer(g, At(24, 2));
        s.Reply(g, Bob, At(24, 3));
        s.Resolve(g, Bob, At(24, 10, 15));
        s.Rate(g, 5, At(24, 11));
        return s;
    }
}
