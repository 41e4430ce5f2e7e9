using BenchmarkDotNet.Attributes;
using ContactCenter.Domain.Conversations;

namespace ContactCenter.Benchmarks;

/// <summary>
/// The cost of folding a conversation's events into its history row: the work the inline
/// projection adds to every write. Reported per conversation length, as a ratio to a short chat.
/// </summary>
[MemoryDiagnoser]
[ShortRunJob]
public class ConversationFoldBenchmarks
{
    private ConversationEvent[] _shortChat = [];
    private ConversationEvent[] _longChat = [];
    private ConversationEvent[] _marathon = [];

    [GlobalSetup]
    public void Setup()
    {
        _shortChat = Conversation(messages: 10);
        _longChat = Conversation(messages: 100);
        _marathon = Conversation(messages: 1000);
    }

    [Benchmark(Baseline = true, Description = "10 messages")]
    public ConversationHistory? ShortChat() => Fold(_shortChat);

    [Benchmark(Description = "100 messages")]
    public ConversationHistory? LongChat() => Fold(_longChat);

    [Benchmark(Description = "1000 messages")]
    public ConversationHistory? Marathon() => Fold(_marathon);

    private static ConversationHistory? Fold(ConversationEvent[] events)
    {
        ConversationHistory? state = null;
        foreach (var e in events)
        {
            state = ConversationHistory.Evolve(state, e);
        }

        return state;
    }

    private static ConversationEvent[] Conversation(int messages)
    {
        var id = Guid.CreateVersion7();
        var at = new DateTimeOffset(2026, 11, 23, 9, 0, 0, TimeSpan.Zero);
        var customer = new Author(AuthorKind.Customer, Guid.CreateVersion7(), "Maria");
        var agent = new Author(AuthorKind.Agent, Guid.CreateVersion7(), "Alex");
        var events = new List<ConversationEvent>
        {
            new ConversationStarted(id, customer.Id!.Value, "support", "web-chat", at),
            new ConversationAssigned(id, agent.Id!.Value, agent.DisplayName, Author.Automatic, at.AddSeconds(5)),
        };
        for (var i = 0; i < messages; i++)
        {
            events.Add(new MessagePosted(id, Guid.CreateVersion7(), i % 2 == 0 ? customer : agent, $"Message number {i} of a long enough text to need a preview cut at eighty characters.", at.AddSeconds(10 + i)));
        }

        events.Add(new ConversationResolved(id, agent, at.AddHours(1)));
        return [.. events];
    }
}
