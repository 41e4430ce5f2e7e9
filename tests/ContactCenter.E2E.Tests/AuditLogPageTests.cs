using ContactCenter.Testing;
using Microsoft.Playwright;

namespace ContactCenter.E2E.Tests;

[Collection(BrowserCollection.Name)]
public sealed class AuditLogPageTests(BrowserFixture browser)
{
    [Fact]
    public async Task An_admin_reads_and_filters_the_audit_log()
    {
        await using var host = await ServerHost.StartAsync();
        await host.TokenAsync("sasha.senior");
        await using var context = await browser.NewContextAsync();
        var page = await context.NewPageAsync();
        await SignInAsync(page, host, "ada.admin");

        await page.ClickAsync("[data-testid=nav-audit]");
        var table = page.Locator("[data-testid=audit-table]");
        await Assertions.Expect(table).ToContainTextAsync("sasha.senior");
        await Assertions.Expect(table).ToContainTextAsync("sign-in.succeeded");

        await page.FillAsync("input[data-testid=filter-actor], [data-testid=filter-actor] input", "ada.admin");
        await page.ClickAsync("[data-testid=apply-filter]");
        await Assertions.Expect(table).Not.ToContainTextAsync("sasha.senior");
        await Assertions.Expect(table).ToContainTextAsync("ada.admin");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(TestFolders.Artifacts("screenshots"), "audit-log.png"), FullPage = true });
    }

    [Fact]
    public async Task An_agent_gets_no_audit_link_and_a_refusal_at_the_address()
    {
        await using var host = await ServerHost.StartAsync();
        await using var context = await browser.NewContextAsync();
        var page = await context.NewPageAsync();
        await SignInAsync(page, host, "alex.agent");

        await Assertions.Expect(page.Locator("[data-testid=nav-audit]")).ToHaveCountAsync(0);
        await Assertions.Expect(page.Locator("[data-testid=nav-desk]")).ToBeVisibleAsync();
        await page.GotoAsync(new Uri(host.Address, "/admin/audit").ToString());

        await Assertions.Expect(page.Locator("[data-testid=not-allowed]")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("[data-testid=audit-table]")).ToHaveCountAsync(0);
    }

    private static async Task SignInAsync(IPage page, ServerHost host, string userName)
    {
        await page.GotoAsync(new Uri(host.Address, "/account/login").ToString());
        await page.FillAsync("#userName", userName);
        await page.FillAsync("#password", StaffLogins.DemoPassword);
        await page.ClickAsync("button[type=submit]");
        await page.Locator("[data-interactive=true]").WaitForAsync();
    }
}
