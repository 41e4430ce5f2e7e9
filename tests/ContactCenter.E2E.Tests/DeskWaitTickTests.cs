using System.Globalization;
using ContactCenter.Testing;
using Microsoft.Playwright;
using static ContactCenter.E2E.Tests.StaffPages;

namespace ContactCenter.E2E.Tests;

/// <summary>The inbox's waits grow by the second in the browser (desk.js), with no re-render of the desk on the server.</summary>
[Collection(BrowserCollection.Name)]
public sealed class DeskWaitTickTests(BrowserFixture browser)
{
    [Fact]
    public async Task A_waiting_chats_wait_time_in_the_inbox_grows_while_the_desk_is_left_alone()
    {
        await using var host = await ServerHost.StartAsync();
        await using var context = await browser.NewContextAsync();
        var desk = await context.NewPageAsync();
        await SignInAsync(desk, host, "jamie.agent");
        await OpenDeskAsync(desk, host);

        // Not ready: the chat waits in the agent's queue, listed with the time it has waited.
        await host.StartChatAsync("Tilly Tick");
        var since = desk.Locator("[data-testid=inbox-row]", new() { HasText = "Tilly Tick" }).Locator("[data-testid=row-since]");
        await Assertions.Expect(since).ToHaveTextAsync(new System.Text.RegularExpressions.Regex(@"^\d+s$"));
        var first = Seconds(await since.TextContentAsync());

        // Patience, not a speed check: the next tick is due within a second.
        await Assertions.Expect(since).Not.ToHaveTextAsync($"{first}s", new() { Timeout = 10_000 });
        Assert.True(Seconds(await since.TextContentAsync()) > first);
    }

    private static int Seconds(string? text) => int.Parse(text!.TrimEnd('s'), CultureInfo.InvariantCulture);
}
