using System.Net.Http.Json;
using ContactCenter.Contracts;
using ContactCenter.Contracts.Access;
using ContactCenter.Contracts.Conversations;
using ContactCenter.Contracts.Realtime;
using ContactCenter.Contracts.Supervisor;
using ContactCenter.Domain.Metrics.Floor;
using ContactCenter.Domain.Queues;
using ContactCenter.Server.Features.Supervising.Floor;
using ContactCenter.Testing;
using Marten;
using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.Client;

namespace ContactCenter.Server.Tests.Supervising;

/// <summary>
/// A scripted morning through the real server on a clock that moves only when told, its figures
/// worked out by hand, read from the wallboard's hub stream and from a late supervisor's snapshot.
/// </summary>
public sealed class WallboardTests
{
    private const string Password = "Wallboard!2026";
    private static TimeSpan Seconds(int s) => TimeSpan.FromSeconds(s);

    [Fact]
    public async Task A_scripted_morning_shows_the_hand_computed_figures_on_the_stream_and_to_a_late_supervisor_and_each_supervisor_only_their_queues()
    {
        var clock = TestClock.FromRealTime();
        await using var host = await ServerHost.StartAsync(clock: clock);
        await AddQueuesAsync(host);
        await using var ann = await host.AgentHubAsync(await CreateAsync(host, "ann.wb", "agent", "wb-a", "wb-b"));
        await using var ben = await host.AgentHubAsync(await CreateAsync(host, "ben.wb", "agent", "wb-b"));
        await using var sue = await host.AgentHubAsync(await CreateAsync(host, "sue.wb", "supervisor", "wb-a", "wb-b"));
        await using var sid = await host.AgentHubAsync(await CreateAsync(host, "sid.wb", "supervisor", "wb-b"));
        using var sueSees = new FloorWatcher(sue);
        using var sidSees = new FloorWatcher(sid);
        var morning = await sue.InvokeAsync<FloorSnapshotDto>(nameof(IAgentHub.GetFloor));
        Assert.Equal(0, morning.Queues.Single(q => q.QueueId == "wb-a").Offered);

        // c1 waits 40 s (over wb-a's 30 s), c2 20 s; Ann hands c2 to wb-b 60 s after taking it; Ben takes it there after 50 s.
        var c1 = await StartAsync(host, "wb-a");
        clock.Advance(Seconds(40));
        await ann.InvokeAsync<CommandAck>(nameof(IAgentHub.Take), c1.Id);
        var c2 = await StartAsync(host, "wb-a");
        clock.Advance(Seconds(20));
        await ann.InvokeAsync<CommandAck>(nameof(IAgentHub.Take), c2.Id);
        clock.Advance(Seconds(60));
        await ann.InvokeAsync<CommandAck>(nameof(IAgentHub.TransferToQueue), c2.Id, "wb-b", "billing question");
        clock.Advance(Seconds(50));
        await ben.InvokeAsync<CommandAck>(nameof(IAgentHub.Take), c2.Id);

        // c3 leaves after 10 s (within the threshold: counts neither way), c4 after 45 s (counts against it).
        var c3 = await StartAsync(host, "wb-a");
        clock.Advance(Seconds(10));
        await c3.Customer.InvokeAsync<CommandAck>(nameof(ICustomerHub.Leave), c3.Id);
        var c4 = await StartAsync(host, "wb-a");
        clock.Advance(Seconds(45));
        await c4.Customer.InvokeAsync<CommandAck>(nameof(ICustomerHub.Leave), c4.Id);

        // At 225 s Ann resolves c1 (taken at 40 s) and it is rated; at 255 s Ben resolves c2 (taken at 170 s); c5 is left waiting.
        await ann.InvokeAsync<CommandAck>(nameof(IAgentHub.Resolve), c1.Id);
        await c1.Customer.InvokeAsync<CommandAck>(nameof(ICustomerHub.Rate), c1.Id, 5, null);
        clock.Advance(Seconds(30));
        await ben.InvokeAsync<CommandAck>(nameof(IAgentHub.Resolve), c2.Id);
        var c5 = await StartAsync(host, "wb-a");
        var c5Started = clock.GetUtcNow();

        var a = await sueSees.QueueAsync("wb-a", q => q.Waiting == 1 && q.Abandoned == 2 && q.Handled == 2);
        var b = await sueSees.QueueAsync("wb-b", q => q.Handled == 1);
        Assert.Equal((5, 2, 2, 1, c5Started), (a.Offered, a.Answered, a.Abandoned, a.Waiting, a.LongestWaitSince));
        Assert.Equal(Seconds(30), a.AverageSpeedOfAnswer);                 // (40 + 20) / 2
        Assert.Equal(100.0 / 3, a.ServiceLevelPercent!.Value, 9);          // c2 within ÷ (2 answered + c4)
        Assert.Equal(50.0, a.AbandonmentPercent);                          // 2 ÷ 4
        Assert.Equal(TimeSpan.FromSeconds(122.5), a.AverageHandleTime);   // Ann on c1 40 s → 225 s, on c2 60 s → the transfer at 120 s
        Assert.Equal(1, a.TransferredOut);
        Assert.Equal((1, 1, 0, Seconds(50), 100.0, 0.0, Seconds(85)), (b.Offered, b.Answered, b.Abandoned, b.AverageSpeedOfAnswer, b.ServiceLevelPercent, b.AbandonmentPercent, b.AverageHandleTime));
        Assert.Equal((0, 2), (a.Agents.Ready, a.Agents.Offline));          // Ann connected but never chose ready; Sue is a member too

        // A supervisor connecting now gets the same figures as one watching since the morning.
        await using var late = await host.AgentHubAsync(await host.TokenAsync("sue.wb", Password));
        var snapshot = await late.InvokeAsync<FloorSnapshotDto>(nameof(IAgentHub.GetFloor));
        Assert.Equal(Figures(a), Figures(snapshot.Queues.Single(q => q.QueueId == "wb-a")));
        Assert.Equal(Figures(b), Figures(snapshot.Queues.Single(q => q.QueueId == "wb-b")));
        // The total judges each wait by its own queue: c2's 20 s ≤ 30 and its 50 s in wb-b ≤ 60, ÷ (3 answered + c4).
        Assert.Equal((3, 2, TimeSpan.FromTicks(1_100_000_000 / 3), 50.0), (snapshot.Total.Answered, snapshot.Total.Abandoned, snapshot.Total.AverageSpeedOfAnswer, snapshot.Total.ServiceLevelPercent));
        Assert.Equal([c5.Id], snapshot.Conversations.Select(c => c.ConversationId));

        // A restarted node reads the same morning back from the store.
        await using (var session = host.GetRequiredService<IDocumentStore>().QuerySession())
        {
            var roster = await FloorRoster.LoadAsync(session, CancellationToken.None);
            var rebuilt = await FloorRebuild.FoldAsync(session, roster, clock.GetUtcNow(), TimeZoneInfo.Utc, CancellationToken.None);
            var queue = roster.Find("wb-a")!;
            var fromStore = FloorMapper.ToDto(FloorFigures.Of(rebuilt, "wb-a", queue.ServiceLevelThreshold, roster.MembersOf("wb-a")), queue.Name, 0, queue.ServiceLevelThreshold, queue.Thresholds);
            Assert.Equal(Figures(a), Figures(fromStore));
        }

        // Sid supervises wb-b only: no figure or row of wb-a reaches him, on the stream or in his snapshot.
        var his = await sid.InvokeAsync<FloorSnapshotDto>(nameof(IAgentHub.GetFloor));
        Assert.Equal(["wb-b"], his.Queues.Select(q => q.QueueId));
        Assert.Empty(his.Conversations);
        Assert.All(sidSees.ReceivedQueues, q => Assert.Equal("wb-b", q.QueueId));
        Assert.All(sidSees.ReceivedConversations, c => Assert.Equal("wb-b", c.QueueId));
        Assert.DoesNotContain(sidSees.ReceivedConversations, c => c.ConversationId == c1.Id || c.ConversationId == c5.Id);
        Assert.Contains(sueSees.ReceivedConversations, c => c.ConversationId == c5.Id && c.QueueId == "wb-a");
    }

    [Fact]
    public async Task Staff_without_the_wallboard_permission_are_refused_and_get_no_figures()
    {
        await using var host = await ServerHost.StartAsync();
        await using var jamie = await host.AgentHubAsync(await host.TokenAsync("jamie.agent"));
        await using var sasha = await host.AgentHubAsync(await host.TokenAsync("sasha.senior"));
        using var jamieSees = new FloorWatcher(jamie);

        var agent = await Assert.ThrowsAsync<HubException>(() => jamie.InvokeAsync<FloorSnapshotDto>(nameof(IAgentHub.GetFloor)));
        var senior = await Assert.ThrowsAsync<HubException>(() => sasha.InvokeAsync<FloorSnapshotDto>(nameof(IAgentHub.GetFloor)));
        await using var sam = await host.AgentHubAsync(await host.TokenAsync("sam.supervisor"));
        using var samSees = new FloorWatcher(sam);
        await sam.InvokeAsync<FloorSnapshotDto>(nameof(IAgentHub.GetFloor));
        var customer = await host.StartChatAsync("Wanda Waiting");
        await samSees.QueueAsync("support", q => q.Waiting >= 1);

        Assert.Contains("permission-denied", agent.Message, StringComparison.Ordinal);
        Assert.Contains("permission-denied", senior.Message, StringComparison.Ordinal);
        Assert.Empty(jamieSees.ReceivedQueues);
        Assert.Empty(jamieSees.ReceivedConversations);
        Assert.NotNull(customer.ConversationId);
    }

    // The figures without the node's push counter, in their wire form (a dictionary compares by content there).
    private static string Figures(FloorQueueDto queue) => System.Text.Json.JsonSerializer.Serialize(queue with { Version = 0 });

    private static async Task AddQueuesAsync(ServerHost host)
    {
        await using var session = host.GetRequiredService<IDocumentStore>().LightweightSession();
        session.Store(new Queue { Id = "wb-a", Name = "Wallboard A", ChannelId = "web-chat", ServiceLevelThreshold = Seconds(30) });
        session.Store(new Queue { Id = "wb-b", Name = "Wallboard B", ChannelId = "web-chat", ServiceLevelThreshold = Seconds(60) });
        await session.SaveChangesAsync();
    }

    private static async Task<string> CreateAsync(ServerHost host, string userName, string role, params string[] queues)
    {
        using var owner = await host.SignedInAsync("olivia.owner");
        using var created = await owner.PostAsJsonAsync(ApiRoutes.Users, new CreateUserRequest(userName, userName, $"{userName}@demo.local", Password, [role], queues));
        created.EnsureSuccessStatusCode();
        return await host.TokenAsync(userName, Password);
    }

    private static async Task<(Guid Id, HubConnection Customer)> StartAsync(ServerHost host, string queueId)
    {
        var session = await host.StartChatAsync("Wallboard Customer", queueId);
        return (session.ConversationId!.Value, await host.CustomerHubAsync(session.CustomerToken));
    }
}
