using System.Globalization;
using System.Net.Http.Json;
using ContactCenter.Contracts;
using ContactCenter.Contracts.Analytics;
using ContactCenter.Contracts.Conversations;
using ContactCenter.Contracts.Realtime;
using ContactCenter.Testing;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.Playwright;
using static ContactCenter.E2E.Tests.StaffPages;

namespace ContactCenter.E2E.Tests;

/// <summary>The supervisor's team analytics in Chromium: the API's figures on the page, the agent table, the charts, the CSV, light and dark.</summary>
[Collection(BrowserCollection.Name)]
public sealed class TeamAnalyticsPageTests(BrowserFixture browser)
{
    [Fact]
    public async Task A_supervisor_reads_the_days_figures_compares_agents_and_exports_them_in_light_and_dark_mode()
    {
        var clock = TestClock.FromRealTime();
        await using var host = await ServerHost.StartAsync(clock: clock);
        await using var jamie = await host.AgentHubAsync(await host.TokenAsync("jamie.agent"));

        // Jamie takes Rita's chat after 30 s, replies 45 s after her message, resolves 2 min later (handle 2:45,
        // resolution 3:15); she rates 4. Gary gives up after 20 s in the queue.
        var answered = await host.StartChatAsync("Rita Rated");
        var id = answered.ConversationId!.Value;
        await using var customer = await host.CustomerHubAsync(answered.CustomerToken);
        clock.Advance(TimeSpan.FromSeconds(30));
        await jamie.InvokeAsync<CommandAck>(nameof(IAgentHub.Take), id);
        await customer.InvokeAsync<CommandAck>(nameof(ICustomerHub.SendMessage), id, Guid.NewGuid(), "Is my order late?");
        clock.Advance(TimeSpan.FromSeconds(45));
        await jamie.InvokeAsync<CommandAck>(nameof(IAgentHub.SendMessage), id, Guid.NewGuid(), "It ships today.");
        clock.Advance(TimeSpan.FromMinutes(2));
        await jamie.InvokeAsync<CommandAck>(nameof(IAgentHub.Resolve), id);
        await customer.InvokeAsync<CommandAck>(nameof(ICustomerHub.Rate), id, 4, null);
        var gone = await host.StartChatAsync("Gary Gone");
        await using var goneHub = await host.CustomerHubAsync(gone.CustomerToken);
        clock.Advance(TimeSpan.FromSeconds(20));
        await goneHub.InvokeAsync<CommandAck>(nameof(ICustomerHub.Leave), gone.ConversationId!.Value);
        using var samApi = await host.SignedInAsync("sam.supervisor");
        var expected = (await samApi.GetFromJsonAsync<TeamAnalyticsDto>($"{ApiRoutes.TeamAnalytics}?period=today"))!;

        await using var context = await browser.NewContextAsync();
        var sam = await context.NewPageAsync();
        await SignInAsync(sam, host, "sam.supervisor");
        await Assertions.Expect(sam.Locator("[data-testid=nav-team-analytics]")).ToHaveAttributeAsync("href", "/supervisor/analytics");
        await sam.GotoAsync(new Uri(host.Address, "/supervisor/analytics").ToString());
        await sam.Locator("[data-testid=team-analytics][data-loaded=true]").WaitForAsync();

        await Assertions.Expect(sam.Locator("[data-testid=figure-volume] [data-testid=value]")).ToHaveTextAsync(expected.Volume.ToString(CultureInfo.InvariantCulture));
        await Assertions.Expect(sam.Locator("[data-testid=figure-resolved] [data-testid=value]")).ToHaveTextAsync(expected.Figures.ResolvedCount.ToString(CultureInfo.InvariantCulture));
        await Assertions.Expect(sam.Locator("[data-testid=figure-csat] [data-testid=value]")).ToHaveTextAsync("100%");
        await Assertions.Expect(sam.Locator("[data-testid=figure-abandonment] [data-testid=value]")).ToHaveTextAsync("50%");     // Gary of 2 waits
        await Assertions.Expect(sam.Locator("[data-testid=figure-frt] [data-testid=value]")).ToHaveTextAsync("45s");
        await Assertions.Expect(sam.Locator("[data-testid=figure-resolution] [data-testid=value]")).ToHaveTextAsync("3m 15s");
        var row = sam.Locator("[data-testid=agent-row][data-agent='Jamie Agent']");
        await Assertions.Expect(row.Locator("[data-testid=agent-resolved]")).ToHaveTextAsync("1");
        await Assertions.Expect(row.Locator("[data-testid=agent-handle]")).ToHaveTextAsync("2m 45s");
        await Assertions.Expect(sam.Locator("[data-testid=chart-volume] svg.mud-chart-bar")).ToHaveCountAsync(1);
        await Assertions.Expect(sam.Locator("[data-testid=chart-volume] .mud-chart-legend")).ToContainTextAsync("Resolved");
        await Assertions.Expect(sam.Locator("[data-testid=chart-csat] svg.mud-chart-line")).ToHaveCountAsync(1);
        Assert.Contains("entered a queue", await sam.Locator("[data-testid=figure-volume] [data-testid=definition]").GetAttributeAsync("aria-label"), StringComparison.Ordinal);
        await ScreenshotAsync(sam, "team-analytics");
        await sam.Locator("[data-testid=agent-comparison]").ScrollIntoViewIfNeededAsync();
        await ScreenshotAsync(sam, "team-analytics-agents");

        // The export downloads the same figures.
        var download = await sam.RunAndWaitForDownloadAsync(() => sam.Locator("[data-testid=export-csv]").ClickAsync());
        var csv = await File.ReadAllLinesAsync((await download.PathAsync())!);
        Assert.StartsWith("\"row\",\"name\",\"date\",\"volume\"", csv[0], StringComparison.Ordinal);
        Assert.StartsWith($"\"total\",\"\",\"\",\"{expected.Volume}\"", csv[1], StringComparison.Ordinal);
        Assert.Contains(csv, l => l.StartsWith("\"agent\",\"Jamie Agent\"", StringComparison.Ordinal));

        // Dark mode, remembered by the browser, the same figures.
        await sam.EvaluateAsync("() => localStorage.setItem('contactcenter.dark', 'true')");
        await sam.ReloadAsync();
        await sam.Locator("[data-testid=team-analytics][data-loaded=true]").WaitForAsync();
        await Assertions.Expect(row.Locator("[data-testid=agent-resolved]")).ToHaveTextAsync("1");
        // The theme's surface colour: white in light mode (the layout applies the stored choice once interactive).
        await Assertions.Expect(sam.Locator("[data-testid=agent-comparison]")).Not.ToHaveCSSAsync("background-color", "rgb(255, 255, 255)");
        await ScreenshotAsync(sam, "team-analytics-dark");
        await sam.Locator("[data-testid=agent-comparison]").ScrollIntoViewIfNeededAsync();
        await ScreenshotAsync(sam, "team-analytics-agents-dark");
    }

    [Fact]
    public async Task An_agent_has_no_link_to_team_analytics_and_is_turned_away_from_it()
    {
        await using var host = await ServerHost.StartAsync();
        await using var context = await browser.NewContextAsync();
        var jamie = await context.NewPageAsync();
        await SignInAsync(jamie, host, "jamie.agent");

        await Assertions.Expect(jamie.Locator("[data-testid=nav-team-analytics]")).ToHaveCountAsync(0);
        await jamie.GotoAsync(new Uri(host.Address, "/supervisor/analytics").ToString());
        await Assertions.Expect(jamie.Locator("[data-testid=team-analytics]")).ToHaveCountAsync(0);
    }
}
