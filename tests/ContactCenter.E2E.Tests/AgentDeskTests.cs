using Microsoft.Playwright;
using ContactCenter.Testing;
using static ContactCenter.E2E.Tests.StaffPages;

namespace ContactCenter.E2E.Tests;

/// <summary>
/// The first usable product end to end in Chromium: a customer in the widget, the router, and an
/// agent on the desk, each seeing the other's steps live.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class AgentDeskTests(BrowserFixture browser)
{
    [Fact]
    public async Task A_widget_chat_is_offered_on_the_desk_accepted_answered_resolved_and_rated_live_on_both_sides()
    {
        await using var host = await ServerHost.StartAsync();
        await using var agentBrowser = await browser.NewContextAsync();
        await using var customerBrowser = await browser.NewContextAsync();
        var desk = await agentBrowser.NewPageAsync();
        var widget = await customerBrowser.NewPageAsync();
        await SignInAsync(desk, host, "jamie.agent");
        await Assertions.Expect(desk.Locator("[data-testid=open-desk]")).ToBeVisibleAsync();
        await OpenDeskAsync(desk, host);
        await ChooseReadyAsync(desk);

        await widget.GotoAsync(new Uri(host.Address, "/widget/?queue=support").ToString());
        await widget.FillAsync("#cc-name", "Wanda Widget");
        await widget.ClickAsync("[data-testid=start-form] button[type=submit]");

        // The router offers the chat to the only ready agent of the queue; the toast counts down.
        var toast = desk.Locator("[data-testid=offer-toast]");
        await Assertions.Expect(toast).ToContainTextAsync("Wanda Widget");
        await Assertions.Expect(toast.Locator("[data-testid=offer-countdown]")).ToContainTextAsync(" s");
        await Assertions.Expect(desk.Locator("body")).ToHaveAttributeAsync("data-last-alert", "New chat from Wanda Widget");
        await ScreenshotAsync(desk, "desk-offer");

        // Alt+A accepts the newest offer from anywhere on the desk.
        await desk.Keyboard.PressAsync("Alt+a");
        var pane = desk.Locator("[data-testid=conversation-pane]");
        await Assertions.Expect(pane).ToHaveAttributeAsync("data-status", "Active");
        await Assertions.Expect(toast).ToHaveCountAsync(0);
        await Assertions.Expect(widget.Locator("[data-testid=messages]")).ToContainTextAsync("Jamie Agent joined the chat.");
        // An agent may not link chats to other profiles: no control for it (the server refuses too, see LinkCustomerTests).
        await Assertions.Expect(desk.Locator("[data-testid=customer-panel] [data-testid=profile-name]")).ToHaveTextAsync("Wanda Widget");
        await Assertions.Expect(desk.Locator("[data-testid=link-profile]")).ToHaveCountAsync(0);

        await widget.FillAsync("[data-testid=message-input]", "Hi! Where is my order 1234?");
        await widget.PressAsync("[data-testid=message-input]", "Enter");
        var transcript = desk.Locator("[data-testid=transcript]");
        await Assertions.Expect(transcript.Locator("[data-author=Customer]")).ToContainTextAsync("Where is my order 1234?");

        await desk.FillAsync("[data-testid=composer]", "It ships today.");
        await desk.PressAsync("[data-testid=composer]", "Enter");
        await Assertions.Expect(widget.Locator("[data-testid=messages]")).ToContainTextAsync("It ships today.");
        await Assertions.Expect(desk.Locator("[data-testid=composer]")).ToHaveValueAsync("");

        // A canned response by its shortcut: "/wait" lists it, Enter puts its text in, Enter sends it.
        var composer = desk.Locator("[data-testid=composer]");
        await composer.FillAsync("/wait");
        await Assertions.Expect(desk.Locator("[data-testid=canned-item]").First).ToContainTextAsync("One moment");
        await composer.PressAsync("Enter");
        await Assertions.Expect(composer).ToHaveValueAsync("Thanks for your patience, I'm looking into this now.");
        await composer.PressAsync("Enter");
        await Assertions.Expect(widget.Locator("[data-testid=messages]")).ToContainTextAsync("Thanks for your patience");

        await desk.ClickAsync("[data-testid=add-label]");
        await desk.ClickAsync("[data-testid=add-label-vip]");
        await Assertions.Expect(desk.Locator("[data-testid=label-chip]")).ToContainTextAsync("VIP");

        // A private note stays on the staff side.
        await desk.ClickAsync("[data-testid=note-mode]");
        await desk.FillAsync("[data-testid=composer]", "VIP: check the courier");
        await desk.PressAsync("[data-testid=composer]", "Enter");
        await Assertions.Expect(transcript.Locator("[data-testid=note]")).ToContainTextAsync("VIP: check the courier");
        await ScreenshotAsync(desk, "desk-chat");

        // The agent's own figures, open in another tab, move live as the chat is resolved and rated.
        var figures = await agentBrowser.NewPageAsync();
        await figures.GotoAsync(new Uri(host.Address, "/analytics").ToString());
        await figures.Locator("[data-testid=my-analytics][data-loaded=true]").WaitForAsync();
        var resolvedBefore = int.Parse(await figures.Locator("[data-testid=figure-resolved] [data-testid=value]").InnerTextAsync(), System.Globalization.CultureInfo.InvariantCulture);

        await desk.ClickAsync("[data-testid=resolve]");
        await Assertions.Expect(pane).ToHaveAttributeAsync("data-status", "Resolved");
        await Assertions.Expect(widget.Locator("[data-testid=messages]")).ToContainTextAsync("resolved");
        await Assertions.Expect(widget.Locator("[data-testid=messages]")).Not.ToContainTextAsync("VIP");

        await widget.ClickAsync(".cc-stars button[data-rating='5']");
        await widget.ClickAsync("[data-testid=rate-submit]");
        await Assertions.Expect(widget.Locator("[data-testid=thanks]")).ToBeVisibleAsync();
        await Assertions.Expect(transcript.Locator("[data-kind=rated]")).ToContainTextAsync("★★★★★");
        await ScreenshotAsync(desk, "desk-resolved");

        await Assertions.Expect(figures.Locator("[data-testid=figure-resolved] [data-testid=value]")).ToHaveTextAsync($"{resolvedBefore + 1}");
        await Assertions.Expect(figures.Locator("[data-testid=figure-csat] [data-testid=value]")).Not.ToHaveTextAsync("—");
        await Assertions.Expect(figures.Locator("[data-testid=figure-frt] [data-testid=definition]")).ToHaveAttributeAsync("aria-label", ContactCenter.Domain.Metrics.MetricDefinitions.FirstResponseTime);
        await ScreenshotAsync(figures, "my-analytics");

        // Mute and dark mode are remembered: the page turns dark (every colour channel low) and both survive a reload.
        var dark = new System.Text.RegularExpressions.Regex(@"^rgb\(\d{1,2}, \d{1,2}, \d{1,2}\)$");
        await desk.ClickAsync("[data-testid=toggle-mute]");
        await Assertions.Expect(desk.Locator("[data-testid=toggle-mute]")).ToHaveAttributeAsync("data-muted", "true");
        await desk.ClickAsync("[data-testid=toggle-dark]");
        await Assertions.Expect(desk.Locator("body")).ToHaveCSSAsync("background-color", dark);
        await desk.ReloadAsync();
        await desk.Locator("[data-testid=desk][data-desk-connected=true]").WaitForAsync();
        await Assertions.Expect(desk.Locator("body")).ToHaveCSSAsync("background-color", dark);
        await Assertions.Expect(desk.Locator("[data-testid=toggle-mute]")).ToHaveAttributeAsync("data-muted", "true");
        // Alt+↓ opens the next conversation of the inbox, without the mouse.
        await desk.Keyboard.PressAsync("Alt+ArrowDown");
        await Assertions.Expect(transcript.Locator("[data-kind=rated]")).ToBeVisibleAsync();
        await ScreenshotAsync(desk, "desk-dark");
    }
}
