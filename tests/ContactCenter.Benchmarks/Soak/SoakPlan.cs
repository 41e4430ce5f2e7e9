namespace ContactCenter.Benchmarks.Soak;

/// <summary>The soak's sizes: who chats, how long, how often, and how often a connection drops.</summary>
public sealed record SoakPlan(int Customers, int Agents, int SeatsPerAgent, TimeSpan Length, int MessagesPerChat, TimeSpan MessageGap,
    TimeSpan AnswerBound, double DropsPerPartyPerMinute, TimeSpan MemoryEvery)
{
    public static SoakPlan Full(int customers, int agents, int minutes) => new(customers, agents, SeatsPerAgent: Math.Max(1, (customers + agents - 1) / agents + 1),
        TimeSpan.FromMinutes(minutes), MessagesPerChat: 6, MessageGap: TimeSpan.FromSeconds(20), AnswerBound: TimeSpan.FromSeconds(60),
        DropsPerPartyPerMinute: 0.5, MemoryEvery: TimeSpan.FromSeconds(30));

    public static SoakPlan Smoke { get; } = new(Customers: 6, Agents: 2, SeatsPerAgent: 4, TimeSpan.FromSeconds(20), MessagesPerChat: 3,
        MessageGap: TimeSpan.FromSeconds(1), AnswerBound: TimeSpan.FromSeconds(15), DropsPerPartyPerMinute: 6, MemoryEvery: TimeSpan.FromSeconds(3));
}
