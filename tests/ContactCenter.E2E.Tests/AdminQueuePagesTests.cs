using System.Net.Http.Json;
using System.Text.Json;
using ContactCenter.Domain.Queues;
using ContactCenter.Testing;
using Microsoft.Playwright;

using static ContactCenter.E2E.Tests.StaffPages;

namespace ContactCenter.E2E.Tests;

/// <summary>The queue pages of the admin console in Chromium: create, membership, read-only for supervisors, conflicts.</summary>
[Collection(BrowserCollection.Name)]
public sealed class AdminQueuePagesTests(BrowserFixture browser)
{
    [Fact]
    public async Task An_admin_creates_a_queue_adds_an_agent_and_a_widget_chat_for_that_queue_reaches_the_agent()
    {
        await using var host = await ServerHost.StartAsync();
        await using var adminBrowser = await browser.NewContextAsync();
        var admin = await adminBrowser.NewPageAsync();
        await SignInAsync(admin, host, "ada.admin");

        await admin.ClickAsync("[data-testid=nav-settings]");
        await Assertions.Expect(admin.Locator("[data-testid=queue-table]")).ToContainTextAsync("Support");
        await ScreenshotAsync(admin, "admin-queues");
        await admin.ClickAsync("[data-testid=queue-new]");
        await admin.Locator("[data-testid=queue-edit-page] [data-testid=queue-form]").WaitForAsync();

        // Wrong input is named next to its field, and nothing is created.
        await admin.FillAsync("input[data-testid=queue-id]", "Billing Team");
        await admin.FillAsync("input[data-testid=queue-offer-timeout]", "2");
        await admin.ClickAsync("[data-testid=queue-save]");
        await Assertions.Expect(admin.Locator(".mud-input-control:has(input[data-testid=queue-id])")).ToContainTextAsync("Use lowercase letters, digits and dashes");
        await Assertions.Expect(admin.Locator(".mud-input-control:has(input[data-testid=queue-name])")).ToContainTextAsync("Give the queue a name.");
        await Assertions.Expect(admin.Locator(".mud-input-control:has(input[data-testid=queue-offer-timeout])")).ToContainTextAsync("at least 5 seconds");
        await FullPageAsync(admin, "admin-queue-new-invalid");

        await admin.FillAsync("input[data-testid=queue-id]", "billing");
        await admin.FillAsync("input[data-testid=queue-name]", "Billing");
        await admin.FillAsync("input[data-testid=queue-offer-timeout]", "30");
        await admin.ClickAsync(".mud-input-control:has(input[data-testid=queue-agents])");
        await admin.ClickAsync(".mud-popover-open .mud-list-item:has-text('Jamie Agent')");
        await admin.Keyboard.PressAsync("Escape");
        await admin.ClickAsync("[data-testid=queue-save]");
        await ArrivesAtAsync(admin, "**/admin/queues/billing");
        // The page now edits the stored queue (its version read), no longer a new one.
        await Assertions.Expect(admin.Locator("[data-testid=queue-save]")).ToHaveTextAsync("Save");
        await Assertions.Expect(admin.Locator("[data-testid=queue-edit-page]")).Not.ToHaveAttributeAsync("data-version", "");
        await Assertions.Expect(admin.Locator("input[data-testid=queue-name]")).ToHaveValueAsync("Billing");
        await Assertions.Expect(admin.Locator("input[data-testid=queue-agents]")).ToHaveValueAsync("Jamie Agent");
        await FullPageAsync(admin, "admin-queue-edit");

        // Jamie signs in after the change (it renewed their session) and works the new queue at once.
        await using var agentBrowser = await browser.NewContextAsync();
        var desk = await agentBrowser.NewPageAsync();
        await SignInAsync(desk, host, "jamie.agent");
        await OpenDeskAsync(desk, host);
        await ChooseReadyAsync(desk);
        await using var customerBrowser = await browser.NewContextAsync();
        var widget = await customerBrowser.NewPageAsync();
        await widget.GotoAsync(new Uri(host.Address, "/widget/?queue=billing").ToString());
        await widget.FillAsync("#cc-name", "Bill Payer");
        await widget.ClickAsync("[data-testid=start-form] button[type=submit]");

        await Assertions.Expect(desk.Locator("[data-testid=offer-toast]")).ToContainTextAsync("Bill Payer");
        await desk.Keyboard.PressAsync("Alt+a");
        await Assertions.Expect(widget.Locator("[data-testid=messages]")).ToContainTextAsync("Jamie Agent joined the chat.");

        // Dark mode, as the admin keeps it (every colour channel of the page low).
        var dark = new System.Text.RegularExpressions.Regex(@"^rgb\(\d{1,2}, \d{1,2}, \d{1,2}\)$");
        await admin.ClickAsync("[data-testid=toggle-dark]");
        await Assertions.Expect(admin.Locator("body")).ToHaveCSSAsync("background-color", dark);
        await admin.GotoAsync(new Uri(host.Address, "/admin/queues").ToString());
        await Assertions.Expect(admin.Locator("[data-testid=queue-table]")).ToContainTextAsync("Billing");
        await Assertions.Expect(admin.Locator("body")).ToHaveCSSAsync("background-color", dark);
        await ScreenshotAsync(admin, "admin-queues-dark");
        await admin.ClickAsync("[data-testid=queue-row-billing]");
        await Assertions.Expect(admin.Locator("input[data-testid=queue-name]")).ToHaveValueAsync("Billing");
        await Assertions.Expect(admin.Locator("body")).ToHaveCSSAsync("background-color", dark);
        await FullPageAsync(admin, "admin-queue-edit-dark");
    }

    [Fact]
    public async Task A_supervisor_sees_queue_settings_read_only_and_an_agent_gets_no_settings_at_all()
    {
        await using var host = await ServerHost.StartAsync();
        await using var context = await browser.NewContextAsync();
        var supervisor = await context.NewPageAsync();
        await SignInAsync(supervisor, host, "sam.supervisor");

        await supervisor.ClickAsync("[data-testid=nav-settings]");
        await Assertions.Expect(supervisor.Locator("[data-testid=queue-read-only]")).ToBeVisibleAsync();
        await Assertions.Expect(supervisor.Locator("[data-testid=queue-new]")).ToHaveCountAsync(0);
        await supervisor.ClickAsync("[data-testid=queue-row-support]");
        await Assertions.Expect(supervisor.Locator("[data-testid=queue-form]")).ToHaveAttributeAsync("data-readonly", "true");
        await Assertions.Expect(supervisor.Locator("input[data-testid=queue-name]")).ToBeDisabledAsync();
        await Assertions.Expect(supervisor.Locator("[data-testid=queue-save]")).ToHaveCountAsync(0);
        await FullPageAsync(supervisor, "admin-queue-read-only");

        await using var agentContext = await browser.NewContextAsync();
        var agent = await agentContext.NewPageAsync();
        await SignInAsync(agent, host, "alex.agent");
        await Assertions.Expect(agent.Locator("[data-testid=nav-settings]")).ToHaveCountAsync(0);
        await agent.GotoAsync(new Uri(host.Address, "/admin/queues/support").ToString());
        await Assertions.Expect(agent.Locator("[data-testid=not-allowed]")).ToBeVisibleAsync();
        await Assertions.Expect(agent.Locator("[data-testid=queue-form]")).ToHaveCountAsync(0);
    }

    [Fact]
    public async Task Saving_over_a_queue_another_admin_changed_meanwhile_shows_what_they_changed_and_keeps_both_safe()
    {
        await using var host = await ServerHost.StartAsync();
        await using var context = await browser.NewContextAsync();
        var page = await context.NewPageAsync();
        await SignInAsync(page, host, "ada.admin");
        await page.GotoAsync(new Uri(host.Address, "/admin/queues/support").ToString());
        await Assertions.Expect(page.Locator("input[data-testid=queue-name]")).ToHaveValueAsync("Support");

        using (var other = await host.SignedInAsync("olivia.owner"))
        {
            var json = new JsonSerializerOptions(JsonSerializerDefaults.Web);
            var support = (await other.GetFromJsonAsync<Queue>("/api/settings/queues/support", json))!;
            (await other.PutAsJsonAsync("/api/settings/queues/support", support with { OfferTimeout = TimeSpan.FromSeconds(45) }, json)).EnsureSuccessStatusCode();
        }

        await page.FillAsync("input[data-testid=queue-priority]", "4");
        await page.ClickAsync("[data-testid=queue-save]");

        var conflict = page.Locator("[data-testid=queue-conflict]");
        await Assertions.Expect(conflict).ToContainTextAsync("olivia.owner");
        await Assertions.Expect(conflict).ToContainTextAsync("offer timeout: 20 s → 45 s");
        await Assertions.Expect(page.Locator("input[data-testid=queue-priority]")).ToHaveValueAsync("4");
        await page.Locator("[data-testid=queue-conflict]").ScrollIntoViewIfNeededAsync();
        await ScreenshotAsync(page, "admin-queue-conflict");

        await page.ClickAsync("[data-testid=queue-reload]");
        await Assertions.Expect(conflict).ToHaveCountAsync(0);
        await Assertions.Expect(page.Locator("input[data-testid=queue-offer-timeout]")).ToHaveValueAsync("45");
        await page.FillAsync("input[data-testid=queue-priority]", "4");
        await page.ClickAsync("[data-testid=queue-save]");
        await Assertions.Expect(page.Locator(".mud-snackbar")).ToContainTextAsync("Saved");
        using var check = await host.SignedInAsync("olivia.owner");
        var stored = (await check.GetFromJsonAsync<Queue>("/api/settings/queues/support", new JsonSerializerOptions(JsonSerializerDefaults.Web)))!;
        Assert.Equal((TimeSpan.FromSeconds(45), 4), (stored.OfferTimeout, stored.Priority));
    }

    // The forms are longer than the window: the whole page, so every field is looked at, taken from
    // the top (the app bar is fixed, and a scrolled page draws it across the middle of the picture).
    private static async Task FullPageAsync(IPage page, string name)
    {
        await page.EvaluateAsync("window.scrollTo(0, 0)");
        await page.ScreenshotAsync(new PageScreenshotOptions
        {
            Path = Path.Combine(TestFolders.Artifacts("screenshots"), $"{name}.png"),
            Animations = ScreenshotAnimations.Disabled,
            FullPage = true,
        });
    }
}
