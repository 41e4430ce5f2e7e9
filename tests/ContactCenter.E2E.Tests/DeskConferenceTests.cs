using Microsoft.Playwright;
using ContactCenter.Testing;
using static ContactCenter.E2E.Tests.StaffPages;

namespace ContactCenter.E2E.Tests;

/// <summary>A conference in Chromium: the owner's invite dialog, the colleague's alert, the guest's reply and leave, the customer's lines.</summary>
[Collection(BrowserCollection.Name)]
public sealed class DeskConferenceTests(BrowserFixture browser)
{
    [Fact]
    public async Task An_agent_invites_a_colleague_who_joins_replies_and_leaves_while_the_customer_sees_who_came_and_went()
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
        await widget.FillAsync("#cc-name", "Connie Conference");
        await widget.ClickAsync("[data-testid=start-form] button[type=submit]");
        await Assertions.Expect(jamie.Locator("[data-testid=offer-toast]")).ToContainTextAsync("Connie Conference");
        await jamie.Keyboard.PressAsync("Alt+a");
        var pane = jamie.Locator("[data-testid=conversation-pane]");
        await Assertions.Expect(pane).ToHaveAttributeAsync("data-status", "Active");
        await SignInAsync(alex, host, "alex.agent");
        await OpenDeskAsync(alex, host);
        await ChooseReadyAsync(alex);

        await pane.Locator("[data-testid=invite]").ClickAsync();
        var dialog = jamie.Locator("[data-testid=invite-dialog]");
        await dialog.Locator("[data-testid=invite-queue-sales]").ClickAsync();
        var alexRow = dialog.Locator("[data-testid^=invite-agent-]", new() { HasText = "Alex Agent" });
        await Assertions.Expect(alexRow).ToContainTextAsync("ready");
        await alexRow.Locator("input").CheckAsync();
        await ScreenshotAsync(jamie, "desk-invite-dialog");
        await dialog.Locator("[data-testid=invite-confirm]").ClickAsync();
        await Assertions.Expect(dialog).ToHaveCountAsync(0);

        // Alex gets an alert of its own, with its own tones.
        var toast = alex.Locator("[data-testid=invitation-toast]");
        await Assertions.Expect(toast).ToContainTextAsync("Jamie Agent invites you to join a chat");
        await Assertions.Expect(alex.Locator("body")).ToHaveAttributeAsync("data-last-alert", "Jamie Agent invites you to join a chat");
        await Assertions.Expect(alex.Locator("body")).ToHaveAttributeAsync("data-last-chime-kind", "invitation");
        await ScreenshotAsync(alex, "desk-invitation-alert");
        await toast.Locator("[data-testid=invitation-accept]").ClickAsync();

        var alexPane = alex.Locator("[data-testid=conversation-pane]");
        await Assertions.Expect(alexPane.Locator("[data-testid=pane-guests]")).ToContainTextAsync("you are a guest");
        await Assertions.Expect(widget.Locator("[data-testid=messages]")).ToContainTextAsync("Alex Agent joined the chat.");
        await alexPane.Locator("[data-testid=composer]").FillAsync("Alex here, I know the yearly plans.");
        await alexPane.Locator("[data-testid=send]").ClickAsync();
        await Assertions.Expect(widget.Locator("[data-testid=messages]")).ToContainTextAsync("I know the yearly plans");
        await Assertions.Expect(pane.Locator("[data-testid=transcript]")).ToContainTextAsync("Alex Agent joined as a guest");
        await Assertions.Expect(pane).ToHaveAttributeAsync("data-status", "Active");
        await Assertions.Expect(pane.Locator("[data-testid=pane-guests]")).ToContainTextAsync("1 guest");
        await ScreenshotAsync(alex, "desk-conference-guest");

        await alexPane.Locator("[data-testid=leave]").ClickAsync();
        await Assertions.Expect(widget.Locator("[data-testid=messages]")).ToContainTextAsync("Alex Agent left the chat.");
        await Assertions.Expect(pane.Locator("[data-testid=transcript]")).ToContainTextAsync("Alex Agent left the chat");
        await Assertions.Expect(pane.Locator("[data-testid=pane-guests]")).ToHaveCountAsync(0);
        await Assertions.Expect(alex.Locator("[data-testid=inbox] >> text=Connie Conference")).ToHaveCountAsync(0);
        await ScreenshotAsync(jamie, "desk-conference-owner");
        await ScreenshotAsync(widget, "widget-conference");
    }
}
