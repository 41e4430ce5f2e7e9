using System.Net;
using System.Net.Http.Json;
using ContactCenter.Contracts;
using ContactCenter.Contracts.Access;
using ContactCenter.Contracts.Analytics;
using ContactCenter.Contracts.Conversations;
using ContactCenter.Contracts.Realtime;
using ContactCenter.Contracts.Supervisor;
using ContactCenter.Domain.Queues;
using ContactCenter.Server.Tests.Supervising;
using ContactCenter.Testing;
using Marten;
using Microsoft.AspNetCore.SignalR.Client;

namespace ContactCenter.Server.Tests.Analytics;

/// <summary>
/// A scripted day through the real server on a clock that moves only when told: its figures,
/// worked out by hand, on the wallboard's hub stream, in the team analytics API and in its CSV,
/// each supervisor seeing only their queues.
/// </summary>
public sealed class TeamAnalyticsDayTests
{
    private const string Password = "Analytics!2026";

    private static TimeSpan Seconds(double s) => TimeSpan.FromSeconds(s);

    [Fact]
    public async Task A_scripted_day_gives_the_hand_computed_figures_on_the_wallboard_in_the_api_and_in_the_csv()
    {
        var clock = TestClock.FromRealTime();
        await using var host = await ServerHost.StartAsync(clock: clock);
        await AddQueuesAsync(host);
        await using var ann = await host.AgentHubAsync(await CreateAsync(host, "ann.ta", "agent", "ta-a", "ta-b"));
        await using var ben = await host.AgentHubAsync(await CreateAsync(host, "ben.ta", "agent", "ta-b"));
        await using var sue = await host.AgentHubAsync(await CreateAsync(host, "sue.ta", "supervisor", "ta-a", "ta-b"));
        await CreateAsync(host, "sid.ta", "supervisor", "ta-b");
        using var board = new FloorWatcher(sue);
        await sue.InvokeAsync<FloorSnapshotDto>(nameof(IAgentHub.GetFloor));

        // t=0 c1 starts; Ann takes it at 40 s (over ta-a's 30 s); the customer writes, Ann replies at 60 s (first response 20 s).
        var c1 = await StartAsync(host, "ta-a");
        clock.Advance(Seconds(40));
        await ann.InvokeAsync<CommandAck>(nameof(IAgentHub.Take), c1.Id);
        await c1.Customer.InvokeAsync<CommandAck>(nameof(ICustomerHub.SendMessage), c1.Id, Guid.NewGuid(), "Where is my parcel?");
        clock.Advance(Seconds(20));
        await ann.InvokeAsync<CommandAck>(nameof(IAgentHub.SendMessage), c1.Id, Guid.NewGuid(), "On its way.");

        // t=60 c2 starts; Ann takes it at 80 s (wait 20 s), transfers it to ta-b at 140 s; Ben takes it there at 190 s (wait 50 s).
        var c2 = await StartAsync(host, "ta-a");
        clock.Advance(Seconds(20));
        await ann.InvokeAsync<CommandAck>(nameof(IAgentHub.Take), c2.Id);
        clock.Advance(Seconds(60));
        await ann.InvokeAsync<CommandAck>(nameof(IAgentHub.TransferToQueue), c2.Id, "ta-b", "billing question");
        clock.Advance(Seconds(50));
        await ben.InvokeAsync<CommandAck>(nameof(IAgentHub.Take), c2.Id);

        // c3 leaves after 10 s (within the threshold), c4 after 45 s (over it).
        var c3 = await StartAsync(host, "ta-a");
        clock.Advance(Seconds(10));
        await c3.Customer.InvokeAsync<CommandAck>(nameof(ICustomerHub.Leave), c3.Id);
        var c4 = await StartAsync(host, "ta-a");
        clock.Advance(Seconds(45));
        await c4.Customer.InvokeAsync<CommandAck>(nameof(ICustomerHub.Leave), c4.Id);

        // t=245 Ann resolves c1 (handle 205 s, resolution 245 s), rated 5; t=275 Ben resolves c2 (handle 85 s, resolution 215 s), rated 2; c5 waits.
        await ann.InvokeAsync<CommandAck>(nameof(IAgentHub.Resolve), c1.Id);
        await c1.Customer.InvokeAsync<CommandAck>(nameof(ICustomerHub.Rate), c1.Id, 5, null);
        clock.Advance(Seconds(30));
        await ben.InvokeAsync<CommandAck>(nameof(IAgentHub.Resolve), c2.Id);
        await c2.Customer.InvokeAsync<CommandAck>(nameof(ICustomerHub.Rate), c2.Id, 2, null);
        await StartAsync(host, "ta-a");
        clock.Advance(Seconds(1));

        // The wallboard's stream.
        var a = await board.QueueAsync("ta-a", q => q.Waiting == 1 && q.Abandoned == 2 && q.Handled == 2);
        var b = await board.QueueAsync("ta-b", q => q.Handled == 1);
        Assert.Equal((5, 2, 2, Seconds(30), 50.0, Seconds(132.5), 1), (a.Offered, a.Answered, a.Abandoned, a.AverageSpeedOfAnswer, a.AbandonmentPercent, a.AverageHandleTime, a.TransferredOut));
        Assert.Equal(100.0 / 3, a.ServiceLevelPercent!.Value, 9);     // c2 within ÷ (2 answered + c4)
        Assert.Equal((1, 1, 0, Seconds(50), 0.0, Seconds(85)), (b.Offered, b.Answered, b.Abandoned, b.AverageSpeedOfAnswer, b.AbandonmentPercent, b.AverageHandleTime));

        // The analytics API, for Sue (both queues).
        using var sueApi = await host.SignedInAsync("sue.ta", Password);
        var day = (await sueApi.GetFromJsonAsync<TeamAnalyticsDto>($"{ApiRoutes.TeamAnalytics}?period=today"))!;
        Assert.Equal(["ta-a", "ta-b"], day.QueueIds);
        Assert.Equal((6, 1, 3, 2, 40.0), (day.Volume, day.Backlog, day.Answered, day.Abandoned, day.AbandonmentPercent));       // c1..c5 in ta-a, c2 in ta-b; c5 open
        Assert.Equal((1, 2, 50.0), (day.Transferred, day.AnsweredConversations, day.TransferPercent));
        var f = day.Figures;
        Assert.Equal((Seconds(20), 1, Seconds(20), 1), (f.FirstResponseTime, f.FirstResponseCount, f.AverageResponseTime, f.ResponseCount));
        Assert.Equal((Seconds(230), 2), (f.ResolutionTime, f.ResolvedCount));                                                     // (245 + 215) / 2
        Assert.Equal((TimeSpan.FromTicks(3_500_000_000 / 3), 3), (f.HandleTime, f.HandledCount));                                 // (205 + 60 + 85) / 3, to the tick
        Assert.Equal((50.0, 3.5, 2), (f.CsatPercent, f.AverageRating, f.RatingCount));
        // The same day as the wallboard: ta-a's figures alone.
        var onlyA = (await sueApi.GetFromJsonAsync<TeamAnalyticsDto>($"{ApiRoutes.TeamAnalytics}?period=today&queue=ta-a"))!;
        Assert.Equal((a.Offered, a.Answered, a.Abandoned, a.AbandonmentPercent, a.AverageHandleTime), (onlyA.Volume, onlyA.Answered, onlyA.Abandoned!.Value, onlyA.AbandonmentPercent, onlyA.Figures.HandleTime));

        var annRow = day.Agents.Single(r => r.Name == "ann.ta");
        Assert.Equal((Seconds(132.5), 2, 2, 1, Seconds(245), 100.0), (annRow.Figures.HandleTime, annRow.Figures.HandledCount, annRow.Answered, annRow.Transferred, annRow.Figures.ResolutionTime, annRow.Figures.CsatPercent));
        var benRow = day.Agents.Single(r => r.Name == "ben.ta");
        Assert.Equal((Seconds(85), 1, 0, Seconds(215), 0.0, 2.0), (benRow.Figures.HandleTime, benRow.Answered, benRow.Transferred, benRow.Figures.ResolutionTime, benRow.Figures.CsatPercent, benRow.Figures.AverageRating));
        // Ann's personal analytics agree with her row.
        var annOwn = await ann.InvokeAsync<MyAnalyticsDto>(nameof(IAgentHub.GetMyAnalytics), "today");
        Assert.Equal(
            (annOwn.FirstResponseTime, annOwn.FirstResponseCount, annOwn.AverageResponseTime, annOwn.ResponseCount, annOwn.ResolutionTime, annOwn.ResolvedCount, annOwn.CsatPercent, annOwn.AverageRating, annOwn.RatingCount),
            (annRow.Figures.FirstResponseTime, annRow.Figures.FirstResponseCount, annRow.Figures.AverageResponseTime, annRow.Figures.ResponseCount, annRow.Figures.ResolutionTime, annRow.Figures.ResolvedCount, annRow.Figures.CsatPercent, annRow.Figures.AverageRating, annRow.Figures.RatingCount));

        // The CSV: the same figures, the selection first.
        using var csv = await sueApi.GetAsync(new Uri($"{ApiRoutes.TeamAnalyticsCsv}?period=today", UriKind.Relative));
        Assert.Equal("text/csv", csv.Content.Headers.ContentType!.MediaType);
        var lines = (await csv.Content.ReadAsStringAsync()).Split("\r\n".ToCharArray(), StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("\"total\",\"\",\"\",\"6\",\"1\",\"3\",\"2\",\"40\",\"1\",\"50\",\"20\",\"1\",\"20\",\"1\",\"230\",\"2\",\"116.6666666\",\"3\",\"50\",\"3.5\",\"2\"", lines[1]);
        Assert.Contains("\"agent\",\"ann.ta\",\"\",\"\",\"\",\"2\",\"\",\"\",\"1\",\"\",\"20\",\"1\",\"20\",\"1\",\"245\",\"1\",\"132.5\",\"2\",\"100\",\"5\",\"1\"", lines);
        Assert.Contains("\"agent\",\"ben.ta\",\"\",\"\",\"\",\"1\",\"\",\"\",\"0\",\"\",\"\",\"0\",\"\",\"0\",\"215\",\"1\",\"85\",\"1\",\"0\",\"2\",\"1\"", lines);

        // Sid supervises ta-b only: its figures alone, and ta-a is refused by name.
        using var sidApi = await host.SignedInAsync("sid.ta", Password);
        var his = (await sidApi.GetFromJsonAsync<TeamAnalyticsDto>($"{ApiRoutes.TeamAnalytics}?period=today"))!;
        Assert.Equal(["ta-b"], his.QueueIds);
        Assert.Equal((1, 0, 1, 0, 0.0, 0), (his.Volume, his.Backlog, his.Answered, his.Abandoned, his.AbandonmentPercent, his.Transferred));
        Assert.Equal((null, 1, Seconds(85), 0.0), (his.Figures.FirstResponseTime, his.Figures.ResolvedCount, his.Figures.HandleTime, his.Figures.CsatPercent));
        Assert.Equal(["ben.ta"], his.Agents.Select(r => r.Name));
        using var refused = await sidApi.GetAsync(new Uri($"{ApiRoutes.TeamAnalytics}?period=today&queue=ta-a", UriKind.Relative));
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.Contains("queue-not-supervised", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    private static async Task AddQueuesAsync(ServerHost host)
    {
        await using var session = host.GetRequiredService<IDocumentStore>().LightweightSession();
        session.Store(new Queue { Id = "ta-a", Name = "Analytics A", ChannelId = "web-chat", ServiceLevelThreshold = Seconds(30) });
        session.Store(new Queue { Id = "ta-b", Name = "Analytics B", ChannelId = "web-chat", ServiceLevelThreshold = Seconds(60) });
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
        var session = await host.StartChatAsync("Analytics Customer", queueId);
        return (session.ConversationId!.Value, await host.CustomerHubAsync(session.CustomerToken));
    }
}
