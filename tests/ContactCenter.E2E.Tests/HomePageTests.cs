using ContactCenter.Testing;
using Microsoft.Playwright;

namespace ContactCenter.E2E.Tests;

[Collection(BrowserCollection.Name)]
public sealed class HomePageTests(BrowserFixture browser)
{
    [Fact]
    public async Task A_visitor_sees_the_seeded_queues_styled_and_interactive()
    {
        await using var host = await ServerHost.StartAsync();
        await using var context = await browser.NewContextAsync();
        var page = await context.NewPageAsync();
        var consoleErrors = new List<string>();
        page.Console += (_, message) =>
        {
            if (message.Type == "error") consoleErrors.Add($"{message.Text} at {message.Location}");
        };
        var failedAssets = new List<string>();
        page.Response += (_, response) =>
        {
            if (response.Status >= 400) failedAssets.Add($"{response.Status} {response.Url}");
        };
        var circuit = page.WaitForWebSocketAsync(new PageWaitForWebSocketOptions { Predicate = ws => ws.Url.Contains("/_blazor", StringComparison.Ordinal) });

        await page.GotoAsync(host.Address.ToString());
        await circuit;
        await page.Locator("[data-interactive=true]").WaitForAsync();

        var cards = await page.Locator("[data-testid=queue-card]").AllInnerTextsAsync();
        Assert.Equal(2, cards.Count);
        Assert.Contains("Sales", cards[0], StringComparison.Ordinal);
        Assert.Contains("Support", cards[1], StringComparison.Ordinal);
        // MudBlazor's stylesheet applied: the app bar is the theme's blue, not an unstyled div.
        await Assertions.Expect(page.Locator(".mud-appbar")).ToHaveCSSAsync("background-color", "rgb(21, 101, 192)");
        Assert.Empty(failedAssets);
        Assert.Empty(consoleErrors);

        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(TestFolders.Artifacts("screenshots"), "home.png"), FullPage = true });
    }
}
