using System.Text.RegularExpressions;
using Microsoft.Playwright;
using ContactCenter.Testing;
using static ContactCenter.E2E.Tests.StaffPages;

namespace ContactCenter.E2E.Tests;

/// <summary>A chat offered by name to a colleague in Chromium: the sender's dialog, the colleague's alert, the customer's line.</summary>
[Collection(BrowserCollection.Name)]
public sealed class DeskTransferToAgentTests(BrowserFixture browser)
{
    [Fact]
    public async Task An_agent_offers_a_chat_to_a_named_sales_agent_who_accepts_and_the_customer_is_told_who_they_talk_to_now()
    {
        await using var host = await ServerHost.StartAsync();
        await using var jamieBrowser = await browser.NewContextAsync();
        await using var alexBrowser = await browser.NewContextAsync();
        await using var customerBrowser = await browser.NewContextAsync();
        var jamie = await jamieBrowser.NewPageAsync();
        var alex = await alexBrowser.NewPageAsync();
        var widget = await customerBrowser.NewPageAsync();
        await SignInAsync(jamie, host, "jamie.agent");
        await OpenDeskAsync(jamie, host);
        await ChooseReadyAsync(jamie);
        await widget.GotoAsync(new Uri(host.Address, "/widget/?queue=support").ToString());
        await widget.FillAsync("#cc-name", "Nadia Named");
        await widget.ClickAsync("[data-testid=start-form] button[type=submit]");
        await Assertions.Expect(jamie.Locator("[data-testid=offer-toast]")).ToContainTextAsync("Nadia Named");
        await jamie.Keyboard.PressAsync("Alt+a");
        var pane = jamie.Locator("[data-testid=conversation-pane]");
        await Assertions.Expect(pane).ToHaveAttributeAsync("data-status", "Active");
        // Alex comes in once the chat is Jamie's, so the router has nothing to offer them.
        await SignInAsync(alex, host, "alex.agent");
        await OpenDeskAsync(alex, host);
        await ChooseReadyAsync(alex);

        // Jamie offers it by name: a person in sales, shown with their state and free seats.
        await pane.Locator("[data-testid=transfer]").ClickAsync();
        var dialog = jamie.Locator("[data-testid=transfer-dialog]");
        await dialog.Locator("[data-testid=transfer-mode-agent]").CheckAsync();
        await dialog.Locator("[data-testid=transfer-queue-sales]").ClickAsync();
        var alexRow = dialog.Locator("[data-testid^=transfer-agent-]", new() { HasText = "Alex Agent" });
        await Assertions.Expect(alexRow).ToContainTextAsync(new Regex(@"ready\s*·\s*\d+ free"));
        await alexRow.ClickAsync();
        await dialog.Locator("textarea[data-testid=transfer-note], [data-testid=transfer-note] textarea").FillAsync("Wants the yearly plan");
        await ScreenshotAsync(jamie, "desk-transfer-to-agent-dialog");
        await dialog.Locator("[data-testid=transfer-confirm]").ClickAsync();
        await Assertions.Expect(dialog).ToHaveCountAsync(0);

        // Alex gets an alert of its own; Jamie still owns the chat and sees it waiting.
        var toast = alex.Locator("[data-testid=transfer-toast]");
        await Assertions.Expect(toast).ToContainTextAsync("Transfer from Jamie Agent");
        await Assertions.Expect(toast).ToContainTextAsync("Wants the yearly plan");
        await Assertions.Expect(alex.Locator("body")).ToHaveAttributeAsync("data-last-alert", "Transfer from Jamie Agent: Wants the yearly plan");
        await ScreenshotAsync(alex, "desk-transfer-alert");
        await Assertions.Expect(pane.Locator("[data-testid=transfer-pending]")).ToContainTextAsync("Waiting for Alex Agent to accept");
        await Assertions.Expect(pane).ToHaveAttributeAsync("data-status", "Active");
        await Assertions.Expect(widget.Locator("[data-testid=messages]")).Not.ToContainTextAsync("yearly plan");

        await toast.Locator("[data-testid=transfer-accept]").ClickAsync();

        var alexPane = alex.Locator("[data-testid=conversation-pane]");
        await Assertions.Expect(alexPane).ToHaveAttributeAsync("data-status", "Active");
        await Assertions.Expect(alexPane.Locator("[data-testid=transcript]")).ToContainTextAsync("Jamie Agent offered this chat to Alex Agent: Wants the yearly plan");
        await Assertions.Expect(alexPane.Locator("[data-testid=transcript]")).ToContainTextAsync("Alex Agent accepted the transfer");
        await Assertions.Expect(widget.Locator("[data-testid=messages]")).ToContainTextAsync("You are now talking to Alex Agent.");
        await Assertions.Expect(toast).ToHaveCountAsync(0);
        // Jamie (support only) no longer has the chat, now in sales.
        await Assertions.Expect(jamie.Locator("[data-testid=inbox] >> text=Nadia Named")).ToHaveCountAsync(0);
        await alexPane.Locator("[data-testid=composer]").FillAsync("Hi Nadia, Alex from sales here.");
        await alexPane.Locator("[data-testid=send]").ClickAsync();
        await Assertions.Expect(widget.Locator("[data-testid=messages]")).ToContainTextAsync("Alex from sales here");
        await ScreenshotAsync(alex, "desk-transfer-accepted");
        await ScreenshotAsync(widget, "widget-transfer-to-agent");
    }
}
