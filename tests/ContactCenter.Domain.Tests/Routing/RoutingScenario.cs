using ContactCenter.Domain.Queues;
using ContactCenter.Domain.Routing;

namespace ContactCenter.Domain.Tests.Routing;

/// <summary>
/// Agents, conversations and queues for router tests, all seen at one fixed instant (<see cref="Now"/>).
/// Agent and conversation ids sort as their numbers do, so "agent 2 comes after agent 1" holds.
/// By default an agent is ready, a member of <see cref="Sales"/>, ready on chat with one free slot and
/// idle for ten minutes; a conversation waits on chat in <see cref="Sales"/> since one minute.
/// </summary>
internal static class RoutingScenario
{
    public const string Sales = "sales";
    public const string Support = "support";

    public static readonly DateTimeOffset Now = new(2025, 3, 4, 9, 30, 0, TimeSpan.Zero);

    public static Guid AgentId(int n) => new($"0193a1b2-0000-7000-8000-{n:D12}");

    public static Guid ConversationId(int n) => new($"0193a1b2-0000-7000-9000-{n:D12}");

    public static ChannelPresence Presence(ChannelKind channel, int capacity = 1, int inUse = 0, int reserved = 0, bool ready = true) =>
        new(channel, ready, capacity, inUse, reserved);

    public static AgentAvailability Agent(int n, int capacity = 1, int inUse = 0, int reserved = 0) => new()
    {
        AgentId = AgentId(n),
        State = GlobalState.Ready,
        QueueIds = new HashSet<string> { Sales },
        Channels = new Dictionary<ChannelKind, ChannelPresence> { [ChannelKind.Chat] = Presence(ChannelKind.Chat, capacity, inUse, reserved) },
        IdleSince = Now.AddMinutes(-10),
    };

    public static AgentAvailability On(this AgentAvailability agent, params ChannelPresence[] channels) =>
        agent with { Channels = channels.ToDictionary(p => p.Channel) };

    public static AgentAvailability InQueues(this AgentAvailability agent, params string[] queueIds) =>
        agent with { QueueIds = queueIds.ToHashSet() };

    public static AgentAvailability WithSkills(this AgentAvailability agent, params string[] skills) =>
        agent with { Skills = skills.ToHashSet() };

    public static AgentAvailability IdleFor(this AgentAvailability agent, TimeSpan idle) =>
        agent with { IdleSince = Now - idle };

    public static AgentAvailability In(this AgentAvailability agent, GlobalState state) =>
        agent with { State = state };

    public static WaitingConversation Conversation(int n, string queueId = Sales, ChannelKind channel = ChannelKind.Chat, int priority = 0) => new()
    {
        ConversationId = ConversationId(n),
        QueueId = queueId,
        Channel = channel,
        QueuedAt = Now.AddMinutes(-1),
        Priority = priority,
    };

    public static WaitingConversation Waited(this WaitingConversation conversation, TimeSpan waited) =>
        conversation with { QueuedAt = Now - waited };

    public static WaitingConversation DeclinedBy(this WaitingConversation conversation, params int[] agents) =>
        conversation with { DeclinedBy = agents.Select(AgentId).ToHashSet() };

    public static WaitingConversation Preferring(this WaitingConversation conversation, int agent, DateTimeOffset? until) =>
        conversation with { PreferredAgentId = AgentId(agent), PreferredUntil = until };

    public static QueueRouting Queue(string queueId = Sales, RoutingPolicy policy = RoutingPolicy.LongestIdle, int priority = 0) =>
        new() { QueueId = queueId, Policy = policy, Priority = priority };

    public static QueueRouting Requiring(this QueueRouting queue, TimeSpan fallbackAfter, params string[] skills) =>
        queue with { RequiredSkills = skills.ToHashSet(), SkillFallbackAfter = fallbackAfter };

    public static IReadOnlyDictionary<string, QueueRouting> Map(params QueueRouting[] queues) => queues.ToDictionary(q => q.QueueId);

    /// <summary>One round at <see cref="Now"/>; with no queue given, the <see cref="Sales"/> queue, longest idle.</summary>
    public static RoutingRound Decide(IEnumerable<WaitingConversation> waiting, IEnumerable<AgentAvailability> agents, params QueueRouting[] queues) =>
        Decide(waiting, agents, new Dictionary<string, Guid>(), queues);

    public static RoutingRound Decide(
        IEnumerable<WaitingConversation> waiting,
        IEnumerable<AgentAvailability> agents,
        IReadOnlyDictionary<string, Guid> lastOffered,
        params QueueRouting[] queues) =>
        Router.Decide(waiting.ToList(), Map(queues.Length == 0 ? [Queue()] : queues), agents.ToList(), lastOffered, Now);

    /// <summary>The agent offered conversation <paramref name="n"/>, or null when it stayed unoffered.</summary>
    public static Guid? OfferedTo(this RoutingRound round, int n) =>
        round.Offers.SingleOrDefault(o => o.ConversationId == ConversationId(n))?.AgentId;

    public static IEnumerable<Guid> OfferedConversations(this RoutingRound round) => round.Offers.Select(o => o.ConversationId);
}
