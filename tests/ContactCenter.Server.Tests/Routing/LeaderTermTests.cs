using ContactCenter.Server.Features.Routing;

namespace ContactCenter.Server.Tests.Routing;

/// <summary>The leader's own view of its lease: when it must stop writing, whatever the database says later.</summary>
public sealed class LeaderTermTests
{
    private static readonly TimeSpan Lease = TimeSpan.FromSeconds(5);
    private static TimeSpan At(double seconds) => TimeSpan.FromSeconds(seconds);

    [Fact]
    public void A_term_holds_from_when_the_lease_was_asked_for_until_the_lease_less_a_margin()
    {
        // Tried: a lease of 5 s asked for at t=10 s; the database's expiry is at least 15 s, so we stop short of it.
        var term = new LeaderTerm(epoch: 3, Lease, askedAt: At(10));

        Assert.True(term.Holds(At(13.9)));
        Assert.False(term.Holds(At(14)));
        Assert.False(term.Holds(At(40)));
    }

    [Fact]
    public void A_renewal_extends_the_term_from_when_it_was_asked_for_and_a_late_answer_never_shortens_it()
    {
        // Tried: renewals asked at 12 s and then (answered out of order) one asked at 11 s.
        var term = new LeaderTerm(epoch: 3, Lease, askedAt: At(10));
        term.Renewed(At(12));
        term.Renewed(At(11));

        Assert.True(term.Holds(At(15.9)));
        Assert.False(term.Holds(At(16)));
    }

    [Fact]
    public void A_leader_frozen_past_its_lease_no_longer_holds_when_it_wakes()
    {
        // Tried: the last renewal at 20 s, then a 15 s freeze (as SIGSTOP): at 35 s it must not write.
        var term = new LeaderTerm(epoch: 7, Lease, askedAt: At(0));
        term.Renewed(At(20));

        Assert.False(term.Holds(At(35)));
    }
}
