using static ContactCenter.Domain.Tests.Metrics.MetricsScenario;

namespace ContactCenter.Domain.Tests.Metrics;

public sealed class ResponseTimeTests
{
    [Fact]
    public void Each_run_of_customer_messages_counts_from_its_first_message_to_the_reply_that_follows()
    {
        // Runs: 1:00 and 2:00 answered at 4:00 (3 min), 6:00 answered at 7:00 (1 min); a second reply in a row answers nothing.
        var chat = new Chat(At(0)).Taken(Alice, At(0)).Customer(At(1)).Customer(At(2)).Reply(Alice, At(4)).Reply(Alice, At(5))
            .Customer(At(6)).Reply(Alice, At(7));

        var figures = Figures(Alice, Day, chat);

        Assert.Equal((TimeSpan.FromMinutes(2), 2), (figures.AverageResponseTime, figures.Responses));
    }

    [Fact]
    public void A_private_note_between_messages_neither_answers_nor_splits_a_run()
    {
        var chat = new Chat(At(0)).Taken(Alice, At(0)).Customer(At(1)).Note(Alice, At(2)).Customer(At(3)).Reply(Alice, At(5));

        Assert.Equal((TimeSpan.FromMinutes(4), 1), (Figures(Alice, Day, chat).AverageResponseTime, Figures(Alice, Day, chat).Responses));
    }

    [Fact]
    public void A_system_message_neither_answers_nor_starts_a_run()
    {
        var chat = new Chat(At(0)).Taken(Alice, At(0)).SystemMessage(At(1)).Reply(Alice, At(2))
            .Customer(At(3)).SystemMessage(At(4)).Reply(Alice, At(6));

        Assert.Equal((TimeSpan.FromMinutes(3), 1), (Figures(Alice, Day, chat).AverageResponseTime, Figures(Alice, Day, chat).Responses));
    }

    [Fact]
    public void A_run_no_agent_answered_is_not_counted()
    {
        var chat = new Chat(At(0)).Taken(Alice, At(0)).Customer(At(1)).Reply(Alice, At(2)).Customer(At(3)).Left(At(9), whileWaiting: false);

        Assert.Equal((TimeSpan.FromMinutes(1), 1), (Figures(Alice, Day, chat).AverageResponseTime, Figures(Alice, Day, chat).Responses));
    }

    [Fact]
    public void Each_run_is_credited_to_the_agent_who_answered_it()
    {
        var chat = new Chat(At(0)).Taken(Alice, At(0)).Customer(At(1)).Reply(Alice, At(2))
            .Taken(Bob, At(3)).Customer(At(4)).Reply(Bob, At(10));

        Assert.Equal(TimeSpan.FromMinutes(1), Figures(Alice, Day, chat).AverageResponseTime);
        Assert.Equal(TimeSpan.FromMinutes(6), Figures(Bob, Day, chat).AverageResponseTime);
    }

    [Fact]
    public void The_mean_is_over_runs_across_conversations_to_the_tick()
    {
        var one = new Chat(At(0)).Taken(Alice, At(0)).Customer(At(1)).Reply(Alice, At(1, 1));
        var other = new Chat(At(0)).Taken(Alice, At(0)).Customer(At(1)).Reply(Alice, At(1, 2)).Customer(At(2)).Reply(Alice, At(2, 2));

        // 1 s, 2 s and 2 s: 5/3 s, truncated to the tick.
        Assert.Equal(TimeSpan.FromTicks(16_666_666), Figures(Alice, Day, one, other).AverageResponseTime);
    }

    [Fact]
    public void A_reply_after_the_period_counts_in_the_next_one()
    {
        var chat = new Chat(Day.To.AddMinutes(-10)).Taken(Alice, Day.To.AddMinutes(-10)).Customer(Day.To.AddMinutes(-1)).Reply(Alice, Day.To);

        Assert.Equal(0, Figures(Alice, Day, chat).Responses);
        Assert.Equal(TimeSpan.FromMinutes(1), Figures(Alice, NextDay, chat).AverageResponseTime);
    }
}
