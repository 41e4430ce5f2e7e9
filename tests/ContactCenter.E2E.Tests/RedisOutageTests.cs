using ContactCenter.Testing;
using Microsoft.Playwright;

namespace ContactCenter.E2E.Tests;

[Collection(BrowserCollection.Name)]
public sealed class RedisOutageTests(BrowserFixture browser)
{
    [Fact]
    public async Task Pages_stay_live_on_their_node_while_redis_is_down()
    {
        // Tried: the backplane's Redis stops; Blazor's circuits must not depend on it.
        var redis = await TestRedis.StartAsync();
        await using var host = await ServerHost.StartAsync(s => s["ConnectionStrings:Redis"] = redis.ConnectionString);
        await redis.DisposeAsync();
        await using var context = await browser.NewContextAsync();
        var page = await context.NewPageAsync();

        await page.GotoAsync(new Uri(host.Address, "/account/login").ToString());
        await page.FillAsync("#userName", "ada.admin");
        await page.FillAsync("#password", StaffLogins.DemoPassword);
        await page.ClickAsync("button[type=submit]");
        await page.Locator("[data-interactive=true]").WaitForAsync();
        await page.ClickAsync("[data-testid=nav-audit]");

        await Assertions.Expect(page.Locator("[data-testid=audit-table]")).ToContainTextAsync("ada.admin");
    }
}
