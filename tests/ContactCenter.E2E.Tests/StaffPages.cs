using ContactCenter.Testing;
using Microsoft.Playwright;

namespace ContactCenter.E2E.Tests;

/// <summary>What staff do in the browser before a test's real steps: sign in, open the desk, get ready.</summary>
public static class StaffPages
{
    public static async Task SignInAsync(IPage page, ServerHost host, string userName)
    {
        await page.GotoAsync(new Uri(host.Address, "/account/login").ToString());
        await page.FillAsync("#userName", userName);
        await page.FillAsync("#password", StaffLogins.DemoPassword);
        await page.ClickAsync("button[type=submit]");
        await page.Locator("[data-interactive=true]").WaitForAsync();
    }

    /// <summary>Opens the desk and waits for its hub connection (the page's marker, never a delay).</summary>
    public static async Task OpenDeskAsync(IPage page, ServerHost host)
    {
        await page.GotoAsync(new Uri(host.Address, "/desk").ToString());
        await page.Locator("[data-testid=desk][data-desk-connected=true]").WaitForAsync();
        await Assertions.Expect(page.Locator("[data-testid=state-current]")).Not.ToHaveAttributeAsync("data-state", "");
    }

    public static async Task ChooseReadyAsync(IPage page)
    {
        await page.ClickAsync("[data-testid=state-current]");
        await page.ClickAsync("[data-testid=choose-ready]");
        await Assertions.Expect(page.Locator("[data-testid=state-current]")).ToHaveAttributeAsync("data-state", "Ready");
    }

    /// <summary>
    /// Waits for the page to show <paramref name="url"/> (a Blazor navigation changes the address in
    /// place, so the address is enough); when it does not, the failure says where the page is and
    /// what it shows, and a screenshot keeps the rest.
    /// </summary>
    public static async Task ArrivesAtAsync(IPage page, string url)
    {
        try
        {
            await page.WaitForURLAsync(url, new PageWaitForURLOptions { WaitUntil = WaitUntilState.Commit });
        }
        catch (TimeoutException e)
        {
            await ScreenshotAsync(page, $"not-at-{url.Trim('*', '/').Replace('/', '-')}");
            var shown = await page.Locator(".mud-alert, .mud-snackbar, .mud-input-helper-text.mud-input-error, #components-reconnect-modal").AllInnerTextsAsync();
            throw new TimeoutException($"The page did not reach {url}: it is at {page.Url}, showing: {string.Join(" | ", shown)}", e);
        }
    }

    /// <summary>Saves what the user sees, with CSS transitions run to their end so a half-faded frame is never taken for a fault.</summary>
    public static Task ScreenshotAsync(IPage page, string name) =>
        page.ScreenshotAsync(new PageScreenshotOptions
        {
            Path = Path.Combine(TestFolders.Artifacts("screenshots"), $"{name}.png"),
            Animations = ScreenshotAnimations.Disabled,
        });
}
