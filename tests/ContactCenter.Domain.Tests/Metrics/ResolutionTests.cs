using static ContactCenter.Domain.Tests.Metrics.MetricsScenario;

namespace ContactCenter.Domain.Tests.Metrics;

public sealed class ResolutionTests
{
    [Fact]
    public void Resolution_time_runs_from_creation_to_resolution_for_the_agent_who_resolved()
    {
        var chat = new Chat(At(0)).Customer(At(1)).Taken(Alice, At(5)).Reply(Alice, At(6)).Resolved(Alice, At(20));

        var figures = Figures(Alice, Day, chat);

        Assert.Equal((TimeSpan.FromMinutes(20), 1), (figures.ResolutionTime, figures.Resolved));
        Assert.Equal((null, 0), (Figures(Bob, Day, chat).ResolutionTime, Figures(Bob, Day, chat).Resolved));
    }

    [Fact]
    public void Resolution_time_is_the_mean_over_resolved_conversations()
    {
        var quick = new Chat(At(0)).Taken(Alice, At(0)).Resolved(Alice, At(10));
        var slow = new Chat(At(0)).Taken(Alice, At(0)).Resolved(Alice, At(30));
        var open = new Chat(At(0)).Taken(Alice, At(0)).Customer(At(1));

        Assert.Equal((TimeSpan.FromMinutes(20), 2), (Figures(Alice, Day, quick, slow, open).ResolutionTime, Figures(Alice, Day, quick, slow, open).Resolved));
    }

    [Fact]
    public void A_reopened_conversation_counts_once_per_period_to_its_latest_resolution()
    {
        var chat = new Chat(At(0)).Taken(Alice, At(0)).Resolved(Alice, At(10)).Taken(Alice, At(15)).Resolved(Alice, At(40));

        Assert.Equal((TimeSpan.FromMinutes(40), 1), (Figures(Alice, Day, chat).ResolutionTime, Figures(Alice, Day, chat).Resolved));
    }

    [Fact]
    public void A_conversation_reopened_on_another_day_counts_again_from_its_creation()
    {
        var created = Day.To.AddHours(-1);
        var chat = new Chat(created).Taken(Alice, created).Resolved(Alice, created.AddMinutes(30))
            .Taken(Alice, created.AddHours(2)).Resolved(Alice, created.AddHours(3));

        Assert.Equal((TimeSpan.FromMinutes(30), 1), (Figures(Alice, Day, chat).ResolutionTime, Figures(Alice, Day, chat).Resolved));
        Assert.Equal((TimeSpan.FromHours(3), 1), (Figures(Alice, NextDay, chat).ResolutionTime, Figures(Alice, NextDay, chat).Resolved));
        Assert.Equal(1, Figures(Alice, new(Day.From, NextDay.To), chat).Resolved);
    }

    [Fact]
    public void A_reopened_conversation_resolved_last_by_someone_else_counts_for_them()
    {
        var chat = new Chat(At(0)).Taken(Alice, At(0)).Resolved(Alice, At(10)).Taken(Bob, At(15)).Resolved(Bob, At(40));

        Assert.Equal(0, Figures(Alice, Day, chat).Resolved);
        Assert.Equal((TimeSpan.FromMinutes(40), 1), (Figures(Bob, Day, chat).ResolutionTime, Figures(Bob, Day, chat).Resolved));
    }

    [Fact]
    public void When_a_supervisor_ends_it_the_owner_at_that_time_resolved_it()
    {
        var chat = new Chat(At(0)).Taken(Alice, At(1)).Customer(At(2)).Ended(Sam, At(12));

        Assert.Equal((TimeSpan.FromMinutes(12), 1), (Figures(Alice, Day, chat).ResolutionTime, Figures(Alice, Day, chat).Resolved));
        Assert.Equal(0, Figures(Sam, Day, chat).Resolved);
    }

    [Fact]
    public void The_owner_ending_it_starts_wrap_up_and_resolving_afterwards_counts()
    {
        var ended = new Chat(At(0)).Taken(Alice, At(1)).Ended(Alice, At(12));
        var resolvedAfter = new Chat(At(0)).Taken(Alice, At(1)).Ended(Alice, At(12)).Resolved(Alice, At(15));

        Assert.Equal(0, Figures(Alice, Day, ended).Resolved);
        Assert.Equal((TimeSpan.FromMinutes(15), 1), (Figures(Alice, Day, resolvedAfter).ResolutionTime, Figures(Alice, Day, resolvedAfter).Resolved));
    }

    [Fact]
    public void The_customer_leaving_resolves_nothing()
    {
        var left = new Chat(At(0)).Taken(Alice, At(1)).Customer(At(2)).Left(At(3), whileWaiting: false);
        var abandoned = new Chat(At(0)).Customer(At(2)).Left(At(3), whileWaiting: true);

        Assert.Equal(0, Figures(Alice, Day, left, abandoned).Resolved);
    }

    [Fact]
    public void A_resolution_at_the_end_of_the_period_belongs_to_the_next()
    {
        var chat = new Chat(Day.To.AddHours(-1)).Taken(Alice, Day.To.AddHours(-1)).Resolved(Alice, Day.To);

        Assert.Equal(0, Figures(Alice, Day, chat).Resolved);
        Assert.Equal(1, Figures(Alice, NextDay, chat).Resolved);
    }
}
