using ContactCenter.Contracts.Conversations;
using ContactCenter.Contracts.Realtime;
using ContactCenter.Testing;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.Playwright;
using static ContactCenter.E2E.Tests.StaffPages;

namespace ContactCenter.E2E.Tests;

/// <summary>The supervisor's wallboard in Chromium: figures pushed by the server, in normal, wall and dark mode.</summary>
[Collection(BrowserCollection.Name)]
public sealed class WallboardTests(BrowserFixture browser)
{
    [Fact]
    public async Task A_supervisor_watches_a_waiting_and_an_answered_chat_arrive_on_the_wallboard_in_normal_wall_and_dark_mode()
    {
        await using var host = await ServerHost.StartAsync();
        await using var samBrowser = await browser.NewContextAsync();
        var sam = await samBrowser.NewPageAsync();
        await SignInAsync(sam, host, "sam.supervisor");
        await sam.GotoAsync(new Uri(host.Address, "/supervisor/wallboard").ToString());
        await sam.Locator("[data-testid=wallboard][data-wallboard-connected=true]").WaitForAsync();
        var support = sam.Locator("[data-testid=tiles-support]");
        var waitingBefore = int.Parse(await support.Locator("[data-testid=waiting]").InnerTextAsync(), System.Globalization.CultureInfo.InvariantCulture);
        var answeredBefore = int.Parse(await support.Locator("[data-testid=answered]").InnerTextAsync(), System.Globalization.CultureInfo.InvariantCulture);

        // One chat waits; Jamie takes another: the server pushes both to the open wallboard.
        var waiting = await host.StartChatAsync("Wendy Waiting");
        var answered = await host.StartChatAsync("Arne Answered");
        await using var jamie = await host.AgentHubAsync(await host.TokenAsync("jamie.agent"));
        await jamie.InvokeAsync<CommandAck>(nameof(IAgentHub.Take), answered.ConversationId!.Value);

        await Assertions.Expect(support.Locator("[data-testid=waiting]")).ToHaveTextAsync($"{waitingBefore + 1}");
        await Assertions.Expect(support.Locator("[data-testid=answered]")).ToHaveTextAsync($"{answeredBefore + 1}");
        await Assertions.Expect(sam.Locator("[data-testid=live-conversations]")).ToContainTextAsync("Jamie Agent");
        await Assertions.Expect(sam.Locator("[data-testid=agents-grid]")).ToContainTextAsync("Jamie Agent");
        await Assertions.Expect(sam.Locator("[data-testid=tiles-total] [data-testid=service-level]")).Not.ToHaveTextAsync("");
        Assert.NotNull(waiting.ConversationId);
        await ScreenshotAsync(sam, "wallboard");

        // Wall mode: the same figures, no controls.
        await sam.GotoAsync(new Uri(host.Address, "/supervisor/wallboard?wall=1").ToString());
        await sam.Locator("[data-testid=wallboard][data-wallboard-connected=true]").WaitForAsync();
        await Assertions.Expect(support.Locator("[data-testid=waiting]")).ToHaveTextAsync($"{waitingBefore + 1}");
        await Assertions.Expect(sam.Locator(".mud-appbar")).ToBeHiddenAsync();
        await Assertions.Expect(sam.Locator("[data-testid=wall-mode]")).ToHaveCountAsync(0);
        await ScreenshotAsync(sam, "wallboard-wall");

        // Dark mode, remembered by the browser, as a wall screen keeps it.
        await sam.EvaluateAsync("() => localStorage.setItem('contactcenter.dark', 'true')");
        await sam.ReloadAsync();
        await sam.Locator("[data-testid=wallboard][data-wallboard-connected=true]").WaitForAsync();
        await Assertions.Expect(support.Locator("[data-testid=answered]")).ToHaveTextAsync($"{answeredBefore + 1}");
        // The theme's surface colour on the tiles: white in light mode. Waited for, not read once:
        // the page applies the remembered theme after its circuit starts.
        await Assertions.Expect(support).Not.ToHaveCSSAsync("background-color", "rgb(255, 255, 255)");
        await ScreenshotAsync(sam, "wallboard-wall-dark");
    }
}
