using static ContactCenter.Domain.Tests.Metrics.MetricsScenario;

namespace ContactCenter.Domain.Tests.Metrics;

public sealed class CsatTests
{
    private static Chat RatedChat(Guid owner, int rating, DateTimeOffset ratedAt) =>
        new Chat(At(0)).Taken(owner, At(0)).Customer(At(1)).Reply(owner, At(2)).Ended(owner, At(3)).Rated(rating, ratedAt);

    [Fact]
    public void Csat_is_the_share_of_fours_and_fives_with_the_mean_and_the_count()
    {
        var figures = Figures(Alice, Day, RatedChat(Alice, 5, At(4)), RatedChat(Alice, 4, At(4)), RatedChat(Alice, 2, At(4)));

        Assert.Equal(200.0 / 3, figures.CsatPercent!.Value, 9);
        Assert.Equal(11.0 / 3, figures.AverageRating!.Value, 9);
        Assert.Equal(3, figures.Ratings);
    }

    [Fact]
    public void No_ratings_means_no_csat_rather_than_zero()
    {
        var figures = Figures(Alice, Day, new Chat(At(0)).Taken(Alice, At(0)).Resolved(Alice, At(3)));

        Assert.Equal((null, null, 0), (figures.CsatPercent, figures.AverageRating, figures.Ratings));
    }

    [Fact]
    public void A_rating_counts_in_the_period_it_was_given_even_after_the_conversation_ended()
    {
        var chat = RatedChat(Alice, 5, Day.To.AddMinutes(1));

        Assert.Equal(0, Figures(Alice, Day, chat).Ratings);
        Assert.Equal((100.0, 5.0, 1), (Figures(Alice, NextDay, chat).CsatPercent, Figures(Alice, NextDay, chat).AverageRating, Figures(Alice, NextDay, chat).Ratings));
    }

    [Fact]
    public void A_rating_counts_for_the_owner_when_it_ended_not_for_a_supervisor_who_ended_it()
    {
        var chat = new Chat(At(0)).Taken(Alice, At(0)).Customer(At(1)).Ended(Sam, At(3)).Rated(1, At(4));

        Assert.Equal((0.0, 1.0, 1), (Figures(Alice, Day, chat).CsatPercent, Figures(Alice, Day, chat).AverageRating, Figures(Alice, Day, chat).Ratings));
        Assert.Equal(0, Figures(Sam, Day, chat).Ratings);
    }

    [Fact]
    public void A_rating_counts_for_the_owner_at_the_end_not_for_one_who_took_it_later()
    {
        // Ended by Alice, then taken by Bob (a reopen that did not end again) before the customer rated.
        var chat = new Chat(At(0)).Taken(Alice, At(0)).Ended(Alice, At(3)).Taken(Bob, At(5)).Rated(4, At(6));

        Assert.Equal(1, Figures(Alice, Day, chat).Ratings);
        Assert.Equal(0, Figures(Bob, Day, chat).Ratings);
    }

    [Fact]
    public void Another_agents_ratings_do_not_leak_in()
    {
        var figures = Figures(Alice, Day, RatedChat(Alice, 5, At(4)), RatedChat(Bob, 1, At(4)));

        Assert.Equal((100.0, 5.0, 1), (figures.CsatPercent, figures.AverageRating, figures.Ratings));
    }
}
