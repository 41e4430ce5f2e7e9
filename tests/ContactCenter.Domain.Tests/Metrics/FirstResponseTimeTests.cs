using static ContactCenter.Domain.Tests.Metrics.MetricsScenario;

namespace ContactCenter.Domain.Tests.Metrics;

public sealed class FirstResponseTimeTests
{
    [Fact]
    public void Runs_from_the_customers_first_message_to_the_first_agent_reply()
    {
        var chat = new Chat(At(0)).Customer(At(1)).Taken(Alice, At(2)).Customer(At(3)).Reply(Alice, At(4, 30)).Reply(Alice, At(9));

        var figures = Figures(Alice, Day, chat);

        Assert.Equal((TimeSpan.FromSeconds(210), 1), (figures.FirstResponseTime, figures.FirstResponses));
    }

    [Fact]
    public void Is_the_mean_over_the_agents_conversations()
    {
        var quick = new Chat(At(0)).Customer(At(1)).Taken(Alice, At(1)).Reply(Alice, At(2));
        var slow = new Chat(At(0)).Customer(At(1)).Taken(Alice, At(1)).Reply(Alice, At(6));

        Assert.Equal(TimeSpan.FromMinutes(3), Figures(Alice, Day, quick, slow).FirstResponseTime);
    }

    [Fact]
    public void Is_credited_to_the_agent_who_sent_the_first_reply_only()
    {
        // Alice answered, then the conversation went to Bob: his replies are responses, not a first one.
        var chat = new Chat(At(0)).Customer(At(1)).Taken(Alice, At(1)).Reply(Alice, At(3)).Taken(Bob, At(5)).Customer(At(6)).Reply(Bob, At(7));

        Assert.Equal((TimeSpan.FromMinutes(2), 1), (Figures(Alice, Day, chat).FirstResponseTime, Figures(Alice, Day, chat).FirstResponses));
        Assert.Equal((null, 0), (Figures(Bob, Day, chat).FirstResponseTime, Figures(Bob, Day, chat).FirstResponses));
    }

    [Fact]
    public void A_conversation_without_an_agent_reply_is_not_counted()
    {
        var unanswered = new Chat(At(0)).Customer(At(1)).Taken(Alice, At(2)).Resolved(Alice, At(8));
        var answered = new Chat(At(0)).Customer(At(1)).Taken(Alice, At(1)).Reply(Alice, At(2));

        Assert.Equal((TimeSpan.FromMinutes(1), 1), (Figures(Alice, Day, unanswered, answered).FirstResponseTime, Figures(Alice, Day, unanswered, answered).FirstResponses));
        Assert.Null(Figures(Alice, Day, unanswered).FirstResponseTime);
    }

    [Fact]
    public void An_abandoned_conversation_counts_for_no_one()
    {
        var abandoned = new Chat(At(0)).Customer(At(1)).Left(At(5), whileWaiting: true);

        Assert.Equal(new Domain.Metrics.AgentFigures(null, 0, null, 0, null, 0, null, null, 0), Figures(Alice, Day, abandoned));
        Assert.Empty(abandoned.Facts.AgentIds);
    }

    [Fact]
    public void An_agents_greeting_before_the_customer_writes_answers_no_one()
    {
        var chat = new Chat(At(0)).Taken(Alice, At(0)).Reply(Alice, At(1)).Customer(At(2)).Reply(Alice, At(5));

        Assert.Equal(TimeSpan.FromMinutes(3), Figures(Alice, Day, chat).FirstResponseTime);
    }

    [Fact]
    public void A_system_message_is_not_an_agent_reply()
    {
        var chat = new Chat(At(0)).Customer(At(1)).SystemMessage(At(2)).Taken(Alice, At(3)).Reply(Alice, At(4));

        Assert.Equal(TimeSpan.FromMinutes(3), Figures(Alice, Day, chat).FirstResponseTime);
    }

    [Fact]
    public void Counts_on_the_day_of_the_reply_not_of_the_question()
    {
        var chat = new Chat(Day.To.AddMinutes(-5)).Customer(Day.To.AddMinutes(-2)).Taken(Alice, Day.To.AddMinutes(-1)).Reply(Alice, Day.To.AddMinutes(3));

        Assert.Null(Figures(Alice, Day, chat).FirstResponseTime);
        Assert.Equal(TimeSpan.FromMinutes(5), Figures(Alice, NextDay, chat).FirstResponseTime);
    }
}
