using static ContactCenter.Domain.Tests.Metrics.MetricsScenario;

namespace ContactCenter.Domain.Tests.Metrics;

/// <summary>A finished wrap-up closes the conversation, which is its resolution (docs/domain.md, "Figures"), once.</summary>
public sealed class WrapUpResolutionTests
{
    [Fact]
    public void A_wrap_up_finished_after_the_owners_end_resolves_it_for_the_owner()
    {
        var chat = new Chat(At(0)).Taken(Alice, At(1)).Reply(Alice, At(2)).Ended(Alice, At(10)).WrapUpFinished(Alice, At(12), "timed-out");

        Assert.Equal((TimeSpan.FromMinutes(12), 1), (Figures(Alice, Day, chat).ResolutionTime, Figures(Alice, Day, chat).Resolved));
    }

    [Fact]
    public void After_a_supervisors_end_the_wrap_up_adds_no_second_resolution()
    {
        var chat = new Chat(At(0)).Taken(Alice, At(1)).Ended(Sam, At(10)).WrapUpFinished(Alice, At(12));

        Assert.Equal((TimeSpan.FromMinutes(10), 1), (Figures(Alice, Day, chat).ResolutionTime, Figures(Alice, Day, chat).Resolved));
    }

    [Fact]
    public void A_resolve_after_the_end_is_the_resolution_and_the_customer_leaving_starts_one_too()
    {
        var resolved = new Chat(At(0)).Taken(Alice, At(1)).Ended(Alice, At(10)).Resolved(Alice, At(11)).WrapUpFinished(Alice, At(12));
        var left = new Chat(At(0)).Taken(Alice, At(1)).Left(At(5), whileWaiting: false).WrapUpFinished(Alice, At(6));

        Assert.Equal((TimeSpan.FromMinutes(11), 1), (Figures(Alice, Day, resolved).ResolutionTime, Figures(Alice, Day, resolved).Resolved));
        Assert.Equal((TimeSpan.FromMinutes(6), 1), (Figures(Alice, Day, left).ResolutionTime, Figures(Alice, Day, left).Resolved));
    }
}
