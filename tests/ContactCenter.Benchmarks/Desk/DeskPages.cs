using Microsoft.Playwright;

namespace ContactCenter.Benchmarks.Desk;

/// <summary>
/// Debian's Chromium driven by Playwright, as the E2E tests drive it: one browser context (own
/// cookies) per signed-in agent, one page per desk, each waited for on its page markers, never a delay.
/// </summary>
public sealed class DeskPages : IAsyncDisposable
{
    private const string ChromiumPath = "/usr/bin/chromium";
    private readonly IPlaywright _playwright;
    private readonly IBrowser _browser;
    private readonly List<IBrowserContext> _contexts = [];

    private DeskPages(IPlaywright playwright, IBrowser browser)
    {
        _playwright = playwright;
        _browser = browser;
    }

    public static async Task<DeskPages> LaunchAsync()
    {
        if (!File.Exists(ChromiumPath))
        {
            throw new InvalidOperationException($"{ChromiumPath} is missing: install Debian's chromium package (infra/test.sh does).");
        }

        var playwright = await Playwright.CreateAsync();
        var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic"],
        });
        return new DeskPages(playwright, browser);
    }

    /// <summary>Opens <paramref name="count"/> empty circuits (one counter each) in one context.</summary>
    public async Task OpenEmptyCircuitsAsync(Uri server, int count)
    {
        var context = await NewContextAsync();
        for (var i = 0; i < count; i++)
        {
            var page = await context.NewPageAsync();
            await page.GotoAsync(new Uri(server, "/benchmark/empty-circuit").ToString());
            await page.Locator("[data-interactive=true]").WaitForAsync();
        }
    }

    /// <summary>Signs <paramref name="userName"/> in, straight onto the desk (no other circuit on the way), and waits until it is connected and shows the agent's state.</summary>
    public async Task OpenDeskAsync(Uri server, string userName, string password)
    {
        var page = await (await NewContextAsync()).NewPageAsync();
        await page.GotoAsync(new Uri(server, "/account/login?returnUrl=%2Fdesk").ToString());
        await page.FillAsync("#userName", userName);
        await page.FillAsync("#password", password);
        await page.ClickAsync("button[type=submit]");
        await page.Locator("[data-testid=desk][data-desk-connected=true]").WaitForAsync();
        await page.Locator("[data-testid=state-current][data-state]:not([data-state=''])").WaitForAsync();
    }

    // Notifications allowed, as for an agent who set the desk up once (as in the E2E tests).
    private async Task<IBrowserContext> NewContextAsync()
    {
        var context = await _browser.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = 1280, Height = 720 }, Permissions = ["notifications"] });
        _contexts.Add(context);
        return context;
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var context in _contexts)
        {
            await context.DisposeAsync();
        }

        await _browser.DisposeAsync();
        _playwright.Dispose();
    }
}
