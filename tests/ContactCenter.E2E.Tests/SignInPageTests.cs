using ContactCenter.Testing;
using Microsoft.Playwright;

namespace ContactCenter.E2E.Tests;

[Collection(BrowserCollection.Name)]
public sealed class SignInPageTests(BrowserFixture browser)
{
    [Fact]
    public async Task A_staff_member_signs_in_with_the_form_and_sees_their_name_then_signs_out()
    {
        await using var host = await ServerHost.StartAsync();
        await using var context = await browser.NewContextAsync();
        var page = await context.NewPageAsync();

        await page.GotoAsync(new Uri(host.Address, "/account/login").ToString());
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(TestFolders.Artifacts("screenshots"), "sign-in.png") });
        await page.FillAsync("#userName", "alex.agent");
        await page.FillAsync("#password", StaffLogins.DemoPassword);
        await page.ClickAsync("button[type=submit]");

        await page.Locator("[data-interactive=true]").WaitForAsync();
        await Assertions.Expect(page.Locator("[data-testid=signed-in-as]")).ToHaveTextAsync("alex.agent");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(TestFolders.Artifacts("screenshots"), "signed-in.png") });

        await page.ClickAsync("[data-testid=sign-out]");
        await page.Locator("[data-testid=sign-in-form]").WaitForAsync();
    }

    [Fact]
    public async Task A_wrong_password_is_told_plainly_and_the_user_name_is_kept()
    {
        await using var host = await ServerHost.StartAsync();
        await using var context = await browser.NewContextAsync();
        var page = await context.NewPageAsync();

        await page.GotoAsync(new Uri(host.Address, "/account/login").ToString());
        await page.FillAsync("#userName", "alex.agent");
        await page.FillAsync("#password", "not-the-password");
        await page.ClickAsync("button[type=submit]");

        await Assertions.Expect(page.Locator("[data-testid=sign-in-error]")).ToHaveTextAsync("Wrong user name or password.");
        await Assertions.Expect(page.Locator("#userName")).ToHaveValueAsync("alex.agent");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(TestFolders.Artifacts("screenshots"), "sign-in-error.png") });
    }
}
