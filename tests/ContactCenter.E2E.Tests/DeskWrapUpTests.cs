using ContactCenter.Domain.Queues;
using ContactCenter.Testing;
using Marten;
using Microsoft.Playwright;
using static ContactCenter.E2E.Tests.StaffPages;

namespace ContactCenter.E2E.Tests;

/// <summary>Wrap-up in Chromium: a code and a note during the chat, the queue's countdown after the end, and the finish.</summary>
[Collection(BrowserCollection.Name)]
public sealed class DeskWrapUpTests(BrowserFixture browser)
{
    [Fact]
    public async Task An_agent_wraps_up_during_the_chat_sees_the_wrap_up_time_count_down_after_the_end_and_finishes_it()
    {
        await using var host = await ServerHost.StartAsync();
        await SetWrapUpTimeAsync(host, "support", TimeSpan.FromMinutes(2));
        await using var jamieBrowser = await browser.NewContextAsync();
        await using var customerBrowser = await browser.NewContextAsync();
        var jamie = await jamieBrowser.NewPageAsync();
        var widget = await customerBrowser.NewPageAsync();
        await SignInAsync(jamie, host, "jamie.agent");
        await OpenDeskAsync(jamie, host);
        await ChooseReadyAsync(jamie);
        await widget.GotoAsync(new Uri(host.Address, "/widget/?queue=support").ToString());
        await widget.FillAsync("#cc-name", "Wanda Wrapped");
        await widget.ClickAsync("[data-testid=start-form] button[type=submit]");
        await Assertions.Expect(jamie.Locator("[data-testid=offer-toast]")).ToContainTextAsync("Wanda Wrapped");
        await jamie.Keyboard.PressAsync("Alt+a");
        var pane = jamie.Locator("[data-testid=conversation-pane]");
        await Assertions.Expect(pane).ToHaveAttributeAsync("data-status", "Active");
        var transcript = pane.Locator("[data-testid=transcript]");

        // During the chat: a code of the admin's wrap-up list and a note, for staff only.
        await pane.Locator("[data-testid=wrap-up]").ClickAsync();
        var dialog = jamie.Locator("[data-testid=wrap-up-dialog]");
        await dialog.Locator("[data-testid=wrap-up-code-refund]").ClickAsync();
        await dialog.Locator("textarea[data-testid=wrap-up-note], [data-testid=wrap-up-note] textarea").FillAsync("Refund of the late parcel");
        await ScreenshotAsync(jamie, "desk-wrap-up-dialog");
        await dialog.Locator("[data-testid=wrap-up-save]").ClickAsync();
        await Assertions.Expect(dialog).ToHaveCountAsync(0);
        await Assertions.Expect(transcript).ToContainTextAsync("Jamie Agent wrapped up: Refund or credit (Refund of the late parcel)");
        await Assertions.Expect(pane.Locator("[data-testid=wrap-up-timer]")).ToHaveCountAsync(0);

        // After the end: the queue's wrap-up time counts down, and the agent finishes it with a last note.
        await pane.Locator("[data-testid=end]").ClickAsync();
        await Assertions.Expect(pane).ToHaveAttributeAsync("data-status", "WrapUp");
        await Assertions.Expect(pane.Locator("[data-testid=wrap-up-timer]")).ToContainTextAsync(new System.Text.RegularExpressions.Regex(@"Wrap-up · [12]:\d\d left"));
        // The seat stays taken while the wrap-up time runs.
        await Assertions.Expect(jamie.Locator("[data-testid=channel-usage-Chat]")).ToContainTextAsync("Chat 1/3");
        await ScreenshotAsync(jamie, "desk-wrap-up-timer");
        await pane.Locator("[data-testid=wrap-up]").ClickAsync();
        await Assertions.Expect(dialog.Locator("[data-testid=wrap-up-save-finish]")).ToBeVisibleAsync();
        await dialog.Locator("textarea[data-testid=wrap-up-note], [data-testid=wrap-up-note] textarea").FillAsync("Customer happy");
        await ScreenshotAsync(jamie, "desk-wrap-up-finish-dialog");
        await dialog.Locator("[data-testid=wrap-up-save-finish]").ClickAsync();

        await Assertions.Expect(pane).ToHaveAttributeAsync("data-status", "Closed");
        await Assertions.Expect(transcript).ToContainTextAsync("Wrap-up finished; the chat is closed");
        await Assertions.Expect(jamie.Locator("[data-testid=channel-usage-Chat]")).ToContainTextAsync("Chat 0/3");
        await Assertions.Expect(pane.Locator("[data-testid=wrap-up-timer]")).ToHaveCountAsync(0);
        await Assertions.Expect(widget.Locator("[data-testid=messages]")).Not.ToContainTextAsync("Refund of the late parcel");
        await ScreenshotAsync(jamie, "desk-wrap-up-closed");
    }

    private static async Task SetWrapUpTimeAsync(ServerHost host, string queueId, TimeSpan time)
    {
        await using var session = host.GetRequiredService<IDocumentStore>().LightweightSession();
        var queue = (await session.LoadAsync<Queue>(queueId))!;
        session.Store(queue with { WrapUpTime = time });
        await session.SaveChangesAsync();
    }
}
