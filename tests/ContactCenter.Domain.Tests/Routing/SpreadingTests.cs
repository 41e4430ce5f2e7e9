using ContactCenter.Domain.Queues;
using ContactCenter.Domain.Routing;

namespace ContactCenter.Domain.Tests.Routing;

public sealed class SpreadingTests
{
    private static readonly DateTimeOffset Now = new(2025, 3, 4, 9, 30, 0, TimeSpan.Zero);

    [Fact]
    public void Longest_idle_spreads_a_round_over_idle_agents_before_doubling_up()
    {
        AgentAvailability Agent(int n, int minutesIdle) => new()
        {
            AgentId = new Guid($"00000000-0000-0000-0000-{n:D12}"),
            State = GlobalState.Ready,
            QueueIds = new HashSet<string> { "sales" },
            Channels = new Dictionary<ChannelKind, ChannelPresence> { [ChannelKind.Chat] = new(ChannelKind.Chat, true, 2, 0) },
            IdleSince = Now.AddMinutes(-minutesIdle),
        };
        WaitingConversation Waiting(int n) => new()
        {
            ConversationId = new Guid($"00000000-0000-0000-0001-{n:D12}"),
            QueueId = "sales",
            Channel = ChannelKind.Chat,
            QueuedAt = Now.AddMinutes(-n),
        };
        var queues = new Dictionary<string, QueueRouting> { ["sales"] = new() { QueueId = "sales" } };

        var round = Router.Decide([Waiting(1), Waiting(2)], queues, [Agent(1, 30), Agent(2, 10)], new Dictionary<string, Guid>(), Now);

        Assert.Equal(2, round.Offers.Select(o => o.AgentId).Distinct().Count());
    }

    [Fact]
    public void The_same_agent_listed_twice_is_routed_as_one()
    {
        var agent = new AgentAvailability
        {
            AgentId = Guid.NewGuid(),
            State = GlobalState.Ready,
            QueueIds = new HashSet<string> { "sales" },
            Channels = new Dictionary<ChannelKind, ChannelPresence> { [ChannelKind.Chat] = new(ChannelKind.Chat, true, 1, 0) },
            IdleSince = Now,
        };
        var waiting = Enumerable.Range(1, 2).Select(n => new WaitingConversation { ConversationId = Guid.NewGuid(), QueueId = "sales", Channel = ChannelKind.Chat, QueuedAt = Now.AddMinutes(-n) }).ToList();
        var queues = new Dictionary<string, QueueRouting> { ["sales"] = new() { QueueId = "sales" } };

        var round = Router.Decide(waiting, queues, [agent, agent], new Dictionary<string, Guid>(), Now);

        Assert.Single(round.Offers);
    }
}
