using System.Net.Http.Json;
using ContactCenter.Testing;
using Microsoft.Playwright;
using static ContactCenter.E2E.Tests.StaffPages;

namespace ContactCenter.E2E.Tests;

[Collection(BrowserCollection.Name)]
public sealed class DeskStateAndContactsTests(BrowserFixture browser)
{
    [Fact]
    public async Task A_state_chosen_in_one_tab_and_the_missed_offer_rule_show_on_every_tab()
    {
        // Tried: the agent lets an offer run out (the shortest timeout a queue allows, 5 seconds).
        await using var host = await ServerHost.StartAsync();
        using (var admin = await host.SignedInAsync("ada.admin"))
        {
            var support = new ContactCenter.Domain.Queues.Queue { Id = "support", Name = "Support", ChannelId = "web-chat", OfferTimeout = TimeSpan.FromSeconds(5) };
            (await admin.PutAsJsonAsync("/api/settings/queues/support", support)).EnsureSuccessStatusCode();
        }

        await using var jamie = await browser.NewContextAsync();
        var first = await jamie.NewPageAsync();
        await SignInAsync(first, host, "jamie.agent");
        await OpenDeskAsync(first, host);
        var second = await jamie.NewPageAsync();
        await OpenDeskAsync(second, host);

        await ChooseReadyAsync(first);
        await Assertions.Expect(second.Locator("[data-testid=state-current]")).ToHaveAttributeAsync("data-state", "Ready");

        await host.StartChatAsync("Nobody Answers");
        await Assertions.Expect(second.Locator("[data-testid=offer-toast]")).ToContainTextAsync("Nobody Answers");
        // Patience, not a speed check: the offer runs its 5 seconds before the router expires it.
        var offerRunsOut = new LocatorAssertionsToHaveAttributeOptions { Timeout = 20_000 };
        foreach (var tab in new[] { first, second })
        {
            await Assertions.Expect(tab.Locator("[data-testid=state-current]")).ToHaveAttributeAsync("data-state", "NotReady", offerRunsOut);
            await Assertions.Expect(tab.Locator("[data-testid=state-current]")).ToContainTextAsync("missed offer");
            await Assertions.Expect(tab.Locator("[data-testid=offer-toast]")).ToHaveCountAsync(0);
        }

        await ScreenshotAsync(second, "desk-missed-offer");

        // Back to ready from the switcher's panel, which lists the admin's reasons and the channels.
        await second.ClickAsync("[data-testid=state-current]");
        await Assertions.Expect(second.Locator("[data-testid=choose-notready-lunch]")).ToBeVisibleAsync();
        await Assertions.Expect(second.Locator(".mud-popover-open")).ToHaveCSSAsync("opacity", "1");
        await ScreenshotAsync(second, "state-switcher");
        await second.ClickAsync("[data-testid=choose-ready]");
        await Assertions.Expect(first.Locator("[data-testid=state-current]")).ToHaveAttributeAsync("data-state", "Ready");
    }

    [Fact]
    public async Task A_senior_agent_searches_all_contacts_and_creates_one_while_an_agent_sees_only_their_own_masked()
    {
        await using var host = await ServerHost.StartAsync();
        await using var senior = await browser.NewContextAsync();
        var page = await senior.NewPageAsync();
        await SignInAsync(page, host, "sasha.senior");
        await page.ClickAsync("[data-testid=nav-contacts]");
        await page.Locator("[data-testid=contacts][data-loaded=true]").WaitForAsync();
        var names = page.Locator("[data-testid=contact-name]");
        await Assertions.Expect(names).Not.ToHaveCountAsync(0);

        await page.FillAsync("[data-testid=contact-search] input, input[data-testid=contact-search]", "Amara");
        await Assertions.Expect(names).ToHaveCountAsync(1);
        await Assertions.Expect(names).ToContainTextAsync("Amara");

        await page.ClickAsync("[data-testid=create-contact]");
        await page.FillAsync("input[data-testid=new-name], [data-testid=new-name] input", "Nina New");
        await page.FillAsync("input[data-testid=new-email], [data-testid=new-email] input", "nina@example.com");
        await Assertions.Expect(page.Locator("[data-testid=new-contact-save]")).ToBeEnabledAsync();
        await ScreenshotAsync(page, "contacts-new-dialog");
        await page.ClickAsync("[data-testid=new-contact-save]");
        var detail = page.Locator("[data-testid=contact-detail]");
        await Assertions.Expect(detail.Locator("[data-testid=profile-name]")).ToHaveTextAsync("Nina New");
        await Assertions.Expect(detail.Locator("[data-testid=profile-email]")).ToHaveTextAsync("nina@example.com");
        await ScreenshotAsync(page, "contacts-senior");

        await using var agent = await browser.NewContextAsync();
        var agentPage = await agent.NewPageAsync();
        await SignInAsync(agentPage, host, "alex.agent");
        await agentPage.ClickAsync("[data-testid=nav-contacts]");
        await agentPage.Locator("[data-testid=contacts][data-loaded=true]").WaitForAsync();
        await Assertions.Expect(agentPage.Locator("[data-testid=own-contacts-only]")).ToBeVisibleAsync();
        await Assertions.Expect(agentPage.Locator("[data-testid=create-contact]")).ToHaveCountAsync(0);
        await Assertions.Expect(agentPage.Locator("[data-testid=contact-table]")).Not.ToContainTextAsync("Nina New");
        await Assertions.Expect(agentPage.Locator("[data-testid=contact-name]").First).ToContainTextAsync("Amara");
        await Assertions.Expect(agentPage.Locator("[data-testid=contact-table]")).ToContainTextAsync("***");
        await ScreenshotAsync(agentPage, "contacts-agent");
    }
}
