using Microsoft.Playwright;
using ContactCenter.Testing;
using static ContactCenter.E2E.Tests.StaffPages;

namespace ContactCenter.E2E.Tests;

/// <summary>A chat handed from one queue to another in Chromium: the sender's dialog, the customer's line, the next agent's note.</summary>
[Collection(BrowserCollection.Name)]
public sealed class DeskTransferTests(BrowserFixture browser)
{
    [Fact]
    public async Task An_agent_transfers_a_chat_to_sales_with_a_note_and_the_sales_agent_who_takes_it_reads_the_note()
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
        await widget.FillAsync("#cc-name", "Tomas Transfer");
        await widget.ClickAsync("[data-testid=start-form] button[type=submit]");
        await Assertions.Expect(jamie.Locator("[data-testid=offer-toast]")).ToContainTextAsync("Tomas Transfer");
        await jamie.Keyboard.PressAsync("Alt+a");
        var pane = jamie.Locator("[data-testid=conversation-pane]");
        await Assertions.Expect(pane).ToHaveAttributeAsync("data-status", "Active");

        // Jamie (support only) hands it to sales with a note; the dialog lists the other queue of the channel.
        await pane.Locator("[data-testid=transfer]").ClickAsync();
        var dialog = jamie.Locator("[data-testid=transfer-dialog]");
        await dialog.Locator("[data-testid=transfer-queue-sales]").ClickAsync();
        await dialog.Locator("textarea[data-testid=transfer-note], [data-testid=transfer-note] textarea").FillAsync("Asks about the yearly plan");
        await ScreenshotAsync(jamie, "desk-transfer-dialog");
        await jamie.Locator("[data-testid=transfer-confirm]").ClickAsync();

        await Assertions.Expect(dialog).ToHaveCountAsync(0);
        await Assertions.Expect(widget.Locator("[data-testid=messages]")).ToContainTextAsync("You are being transferred to another team");
        await Assertions.Expect(widget.Locator("[data-testid=messages]")).Not.ToContainTextAsync("yearly plan");
        // Not in sales, Jamie no longer has the chat in the inbox.
        await Assertions.Expect(jamie.Locator("[data-testid=inbox] >> text=Tomas Transfer")).ToHaveCountAsync(0);

        // Alex (sales) becomes ready, is offered it, accepts, and reads why it came.
        await SignInAsync(alex, host, "alex.agent");
        await OpenDeskAsync(alex, host);
        await ChooseReadyAsync(alex);
        await Assertions.Expect(alex.Locator("[data-testid=offer-toast]")).ToContainTextAsync("Tomas Transfer");
        await alex.Keyboard.PressAsync("Alt+a");
        var alexPane = alex.Locator("[data-testid=conversation-pane]");
        await Assertions.Expect(alexPane).ToHaveAttributeAsync("data-status", "Active");
        await Assertions.Expect(alexPane.Locator("[data-testid=transcript]")).ToContainTextAsync("Jamie Agent transferred this chat to the sales queue: Asks about the yearly plan");
        await Assertions.Expect(widget.Locator("[data-testid=messages]")).ToContainTextAsync("Alex Agent joined the chat.");
        await ScreenshotAsync(alex, "desk-transferred-chat");
        await ScreenshotAsync(widget, "widget-transferred");
    }
}
