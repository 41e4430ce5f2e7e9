using ContactCenter.Testing;
using Microsoft.Playwright;
using static ContactCenter.E2E.Tests.StaffPages;

namespace ContactCenter.E2E.Tests;

[Collection(BrowserCollection.Name)]
public sealed class DeskLinkingTests(BrowserFixture browser)
{
    [Fact]
    public async Task A_senior_agent_links_a_widget_chat_to_the_customers_existing_profile_and_the_chat_goes_on()
    {
        await using var host = await ServerHost.StartAsync();
        await using var seniorBrowser = await browser.NewContextAsync();
        await using var customerBrowser = await browser.NewContextAsync();
        var desk = await seniorBrowser.NewPageAsync();
        await SignInAsync(desk, host, "sasha.senior");
        await OpenDeskAsync(desk, host);
        await ChooseReadyAsync(desk);

        var widget = await customerBrowser.NewPageAsync();
        await widget.GotoAsync(new Uri(host.Address, "/widget/?queue=support").ToString());
        await widget.FillAsync("#cc-name", "Anon Visitor");
        await widget.ClickAsync("[data-testid=start-form] button[type=submit]");
        await desk.ClickAsync("[data-testid=offer-accept]");
        var panel = desk.Locator("[data-testid=customer-panel]");
        await Assertions.Expect(panel.Locator("[data-testid=profile-name]")).ToHaveTextAsync("Anon Visitor");

        await panel.Locator("[data-testid=link-profile]").ClickAsync();
        await desk.FillAsync("input[data-testid=link-search], [data-testid=link-search] input", "Lukas");
        await Assertions.Expect(desk.Locator("[data-testid=link-candidate]")).ToHaveCountAsync(1);
        await ScreenshotAsync(desk, "desk-link-dialog");
        await desk.ClickAsync("[data-testid=link-candidate]");

        await Assertions.Expect(panel.Locator("[data-testid=profile-name]")).ToHaveTextAsync("Lukas Becker");
        await Assertions.Expect(panel.Locator("[data-testid=linked-profile]")).ToContainTextAsync("Anon Visitor");
        await Assertions.Expect(desk.Locator("[data-testid=inbox-row]").First).ToContainTextAsync("Lukas Becker");

        // The customer never notices: their next message still reaches the desk.
        await widget.FillAsync("[data-testid=message-input]", "Still there?");
        await widget.PressAsync("[data-testid=message-input]", "Enter");
        await Assertions.Expect(desk.Locator("[data-testid=transcript] [data-author=Customer]")).ToContainTextAsync("Still there?");
        await ScreenshotAsync(desk, "desk-linked");
    }
}
