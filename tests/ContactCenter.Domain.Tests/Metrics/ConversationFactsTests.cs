using ContactCenter.Domain.Conversations;
using ContactCenter.Domain.Metrics;
using static ContactCenter.Domain.Tests.Metrics.MetricsScenario;

namespace ContactCenter.Domain.Tests.Metrics;

public sealed class ConversationFactsTests
{
    [Fact]
    public void Facts_name_every_credited_agent_once_and_the_time_of_the_latest_fact()
    {
        var chat = new Chat(At(0)).Customer(At(1)).Accepted(Alice, At(2)).Reply(Alice, At(3)).Customer(At(4)).Reply(Alice, At(5))
            .Taken(Bob, At(6)).Customer(At(7)).Reply(Bob, At(8)).Resolved(Bob, At(9)).Rated(5, At(20));

        var facts = chat.Facts;

        Assert.Equal([Alice, Bob], facts.AgentIds);
        Assert.Equal(At(20), facts.LastFactAt);
        Assert.Equal(At(0), facts.CreatedAt);
        Assert.Equal(new ResponseFact(Alice, At(1), At(3)) { QueueId = "support" }, facts.FirstResponse);
        Assert.Equal(3, facts.Responses.Length);
        Assert.Equal([new ResolutionFact(Bob, At(9)) { QueueId = "support" }], facts.Resolutions);
        Assert.Equal(new RatingFact(Bob, 5, At(20)) { QueueId = "support" }, facts.Rating);
    }

    [Fact]
    public void Events_before_the_start_and_events_without_a_bearing_change_nothing()
    {
        Assert.Null(ConversationFacts.Evolve(null, new MessagePosted(Guid.NewGuid(), Guid.NewGuid(), Author.Automatic, "x", At(0))));

        var facts = new Chat(At(0)).Facts;
        var read = ConversationFacts.Evolve(facts, new MessagesRead(facts.Id, Author.Automatic, Guid.NewGuid(), At(1)));

        Assert.Same(facts, read);
    }
}
