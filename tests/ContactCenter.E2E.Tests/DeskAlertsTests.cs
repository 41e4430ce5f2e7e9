using ContactCenter.Testing;
using Microsoft.Playwright;
using static ContactCenter.E2E.Tests.StaffPages;

namespace ContactCenter.E2E.Tests;

/// <summary>
/// What lets an offer reach an agent who is not looking: browser notifications (asked for when the
/// agent first goes ready, blocked state shown) and sound (locked until the page's first click).
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class DeskAlertsTests(BrowserFixture browser)
{
    // Loads before the page: the browser's notification permission as the test sets it, and a
    // count of the desk's requests for it (a headless browser has no prompt to answer).
    private static string NotificationStub(string permission, string answer) => $$"""
        (() => {
          let permission = "{{permission}}";
          window.__notifyAsks = 0;
          window.__notified = [];
          window.Notification = class {
            constructor(title) { window.__notified.push(title); }
            static get permission() { return permission; }
            static async requestPermission() { window.__notifyAsks++; permission = "{{answer}}"; return permission; }
          };
        })();
        """;

    // Headless Chromium lets any page play sound (Playwright's issue 33590), and a page Playwright
    // navigates counts as touched; a user's browser keeps an audio context suspended until the
    // page's first click or key press. This gives the page that rule: only a trusted pointer or key
    // event on this very page, seen before the page's own listeners, lets the audio start.
    private const string AutoplayRuleStub = """
        (() => {
          let touched = false;
          const touch = e => { if (e.isTrusted) touched = true; };
          window.addEventListener("pointerdown", touch, true);
          window.addEventListener("keydown", touch, true);
          const Real = window.AudioContext;
          window.AudioContext = class extends Real {
            constructor(...args) {
              super(...args);
              if (!touched) super.suspend();
            }
            resume() {
              return touched ? super.resume() : Promise.reject(new DOMException("No gesture yet", "NotAllowedError"));
            }
          };
        })();
        """;

    [Fact]
    public async Task The_desk_asks_for_notifications_when_the_agent_first_goes_ready_and_not_before()
    {
        // Tried: a browser that was never asked; the agent opens the desk, then chooses Ready.
        await using var host = await ServerHost.StartAsync();
        await using var context = await browser.NewContextAsync();
        await context.AddInitScriptAsync(NotificationStub("default", "granted"));
        var desk = await context.NewPageAsync();
        await SignInAsync(desk, host, "jamie.agent");
        await OpenDeskAsync(desk, host);
        await Assertions.Expect(desk.Locator("[data-testid=notify-enable]")).ToBeVisibleAsync();
        Assert.Equal(0, await desk.EvaluateAsync<int>("window.__notifyAsks"));

        await ChooseReadyAsync(desk);

        var ask = desk.Locator(".mud-snackbar", new() { HasText = "Turn on browser notifications" });
        await Assertions.Expect(ask).ToBeVisibleAsync();
        await ScreenshotAsync(desk, "desk-notifications-ask");
        await ask.GetByRole(AriaRole.Button, new() { Name = "Turn on" }).ClickAsync();
        await Assertions.Expect(desk.Locator("[data-testid=notify-enable]")).ToHaveCountAsync(0);
        Assert.Equal(1, await desk.EvaluateAsync<int>("window.__notifyAsks"));
        await Assertions.Expect(desk.Locator("[data-testid=notify-blocked]")).ToHaveCountAsync(0);
    }

    [Fact]
    public async Task Blocked_notifications_show_in_the_app_bar_with_how_to_allow_them()
    {
        // Tried: the agent blocked notifications for the site earlier; the desk must say so and never ask.
        await using var host = await ServerHost.StartAsync();
        await using var context = await browser.NewContextAsync();
        await context.AddInitScriptAsync(NotificationStub("denied", "denied"));
        var desk = await context.NewPageAsync();
        await SignInAsync(desk, host, "jamie.agent");
        await OpenDeskAsync(desk, host);

        var blocked = desk.Locator("[data-testid=notify-blocked]");
        await Assertions.Expect(blocked).ToBeVisibleAsync();
        await blocked.HoverAsync();
        await Assertions.Expect(desk.Locator(".mud-tooltip.mud-popover-open")).ToContainTextAsync("set Notifications to Allow");
        await ScreenshotAsync(desk, "desk-notifications-blocked");
        await ChooseReadyAsync(desk);
        await Assertions.Expect(desk.Locator("[data-testid=notify-enable]")).ToHaveCountAsync(0);
        Assert.Equal(0, await desk.EvaluateAsync<int>("window.__notifyAsks"));
    }

    [Fact]
    public async Task A_desk_set_ready_from_another_tab_shows_the_sound_hint_until_its_first_click_and_keeps_the_offer()
    {
        // Tried: the agent signs in and goes ready in one tab; a second tab has the desk open but was
        // never clicked, so its audio is locked. An offer arrives there: the hint says why it was
        // silent, the first click unlocks sound, and the offer stays until answered.
        await using var host = await ServerHost.StartAsync();
        await using var context = await browser.NewContextAsync();
        await context.AddInitScriptAsync(NotificationStub("granted", "granted"));
        await context.AddInitScriptAsync(AutoplayRuleStub);
        var first = await context.NewPageAsync();
        await SignInAsync(first, host, "jamie.agent");
        await OpenDeskAsync(first, host);
        var untouched = await context.NewPageAsync();
        await OpenDeskAsync(untouched, host);
        await ChooseReadyAsync(first);
        await Assertions.Expect(untouched.Locator("[data-testid=state-current]")).ToHaveAttributeAsync("data-state", "Ready");
        var hint = untouched.Locator("[data-testid=sound-hint]");
        await Assertions.Expect(hint).ToBeVisibleAsync();

        await using var customer = await browser.NewContextAsync();
        var widget = await customer.NewPageAsync();
        await widget.GotoAsync(new Uri(host.Address, "/widget/?queue=support").ToString());
        await widget.FillAsync("#cc-name", "Quiet Quinn");
        await widget.ClickAsync("[data-testid=start-form] button[type=submit]");
        var toast = untouched.Locator("[data-testid=offer-toast]");
        await Assertions.Expect(toast).ToContainTextAsync("Quiet Quinn");
        await Assertions.Expect(untouched.Locator("body")).ToHaveAttributeAsync("data-last-chime", "locked");
        await ScreenshotAsync(untouched, "desk-sound-locked");

        await hint.ClickAsync();

        await Assertions.Expect(hint).ToHaveCountAsync(0);
        Assert.Equal("running", await untouched.EvaluateAsync<string>("ccDesk.soundState()"));
        await Assertions.Expect(toast).ToBeVisibleAsync();
        await ScreenshotAsync(untouched, "desk-sound-unlocked");
        await untouched.ClickAsync("[data-testid=offer-accept]");
        await Assertions.Expect(toast).ToHaveCountAsync(0);
    }
}
