using System.Net.Http.Json;
using ContactCenter.Contracts;
using ContactCenter.Contracts.Analytics;
using ContactCenter.Testing;
using Microsoft.AspNetCore.SignalR.Client;

namespace ContactCenter.Server.Tests.Analytics;

/// <summary>Agents chat through the real server, then read their own figures back over the hub and the API.</summary>
public sealed class MyAnalyticsTests
{
    private static TimeSpan Seconds(int seconds) => TimeSpan.FromSeconds(seconds);

    [Fact]
    public async Task Each_agent_reads_back_the_exact_figures_of_their_own_chats_and_no_one_elses()
    {
        var clock = TestClock.FromRealTime();
        await using var host = await ServerHost.StartAsync(clock: clock);
        await using var jamie = await host.AgentHubAsync(await FreshAgents.CreateAsync(host, "jamie.metrics"));
        await using var alex = await host.AgentHubAsync(await FreshAgents.CreateAsync(host, "alex.metrics"));

        // Jamie answers after 90 s, then after 60 s; resolves 210 s after the start; rated 5.
        await using (var chat = await ChatDriver.StartAsync(host, clock, jamie, "Fiona First"))
        {
            await chat.CustomerSaysAsync("Where is my parcel?");
            chat.Wait(90);
            await chat.AgentSaysAsync("It left the depot this morning.");
            chat.Wait(30);
            await chat.CustomerSaysAsync("When will it arrive?");
            chat.Wait(60);
            await chat.AgentSaysAsync("Tomorrow before noon.");
            chat.Wait(30);
            await chat.ResolveAsync();
            await chat.RateAsync(5);
        }

        // Jamie answers after 30 s, resolves 90 s after the start; rated 3.
        await using (var chat = await ChatDriver.StartAsync(host, clock, jamie, "Sven Second"))
        {
            await chat.CustomerSaysAsync("Can I change my address?");
            chat.Wait(30);
            await chat.AgentSaysAsync("Yes, done.");
            chat.Wait(60);
            await chat.ResolveAsync();
            await chat.RateAsync(3);
        }

        // Alex answers after 300 s and is rated 1: none of it may reach Jamie.
        await using (var chat = await ChatDriver.StartAsync(host, clock, alex, "Tara Third"))
        {
            await chat.CustomerSaysAsync("Hello?");
            chat.Wait(300);
            await chat.AgentSaysAsync("Sorry for the wait.");
            await chat.ResolveAsync();
            await chat.RateAsync(1);
        }

        // A rolling window ends now, excluded: read a second after the last fact, as any real read comes after.
        clock.Advance(TimeSpan.FromSeconds(1));
        var mine = await jamie.InvokeAsync<MyAnalyticsDto>("GetMyAnalytics", "7d");
        using var alexApi = await host.SignedInAsync("alex.metrics", FreshAgents.Password);
        var his = (await alexApi.GetFromJsonAsync<MyAnalyticsDto>($"{ApiRoutes.MyAnalytics}?period=30d"))!;

        Assert.Equal((Seconds(60), 2, Seconds(60), 3), (mine.FirstResponseTime, mine.FirstResponseCount, mine.AverageResponseTime, mine.ResponseCount));
        Assert.Equal((Seconds(150), 2), (mine.ResolutionTime, mine.ResolvedCount));
        Assert.Equal((50.0, 4.0, 2), (mine.CsatPercent, mine.AverageRating, mine.RatingCount));
        Assert.Equal(("7d", clock.GetUtcNow().AddDays(-7), clock.GetUtcNow(), "UTC"), (mine.Period, mine.From, mine.To, mine.TimeZone));
        Assert.Equal(2, mine.Days.Sum(d => d.ResolvedCount));
        Assert.Equal(DateOnly.FromDateTime(mine.To.AddTicks(-1).UtcDateTime), mine.Days[^1].Date);

        Assert.Equal((Seconds(300), 1, Seconds(300), 1), (his.FirstResponseTime, his.FirstResponseCount, his.AverageResponseTime, his.ResponseCount));
        Assert.Equal((Seconds(300), 1), (his.ResolutionTime, his.ResolvedCount));
        Assert.Equal((0.0, 1.0, 1), (his.CsatPercent, his.AverageRating, his.RatingCount));
    }

    [Fact]
    public async Task A_resolution_counts_on_the_very_next_read_of_today_in_the_deployments_zone()
    {
        var clock = TestClock.FromRealTime();
        await using var host = await ServerHost.StartAsync(s => s["ContactCenter:TimeZone"] = "Asia/Kolkata", clock);
        await using var jamie = await host.AgentHubAsync(await FreshAgents.CreateAsync(host, "jamie.metrics"));
        var kolkata = TimeZoneInfo.FindSystemTimeZoneById("Asia/Kolkata");
        var before = await jamie.InvokeAsync<MyAnalyticsDto>("GetMyAnalytics", "today");

        await using (var chat = await ChatDriver.StartAsync(host, clock, jamie, "Nina Now"))
        {
            await chat.CustomerSaysAsync("Quick question");
            await chat.AgentSaysAsync("Quick answer");
            await chat.ResolveAsync();
        }

        var after = await jamie.InvokeAsync<MyAnalyticsDto>("GetMyAnalytics", "today");

        // Nothing yet is "no data" (shown as "—"), not zero.
        Assert.Equal((0, null, null, null), (before.ResolvedCount, before.FirstResponseTime, before.ResolutionTime, before.CsatPercent));
        Assert.Equal((1, TimeSpan.Zero, TimeSpan.Zero, null), (after.ResolvedCount, after.FirstResponseTime, after.ResolutionTime, after.CsatPercent));
        var localToday = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(clock.GetUtcNow(), kolkata).DateTime);
        var midnight = new DateTimeOffset(localToday.ToDateTime(TimeOnly.MinValue), TimeSpan.FromHours(5.5));
        Assert.Equal((midnight, midnight.AddDays(1), "Asia/Kolkata"), (after.From, after.To, after.TimeZone));
        Assert.Equal([new AnalyticsDayDto(localToday, 1, TimeSpan.Zero)], after.Days);
    }
}
