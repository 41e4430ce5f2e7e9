using Microsoft.Playwright;

namespace ContactCenter.E2E.Tests;

/// <summary>
/// One headless Debian Chromium per test run, driven by Playwright. Never `playwright install`:
/// it downloads a browser, which this machine cannot. The flags keep Chromium off the network.
/// </summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    public const string ChromiumPath = "/usr/bin/chromium";

    private IPlaywright? _playwright;

    public IBrowser Browser { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        if (!File.Exists(ChromiumPath))
        {
            throw new InvalidOperationException($"{ChromiumPath} is missing: run infra/test.sh, which installs Debian's chromium package.");
        }

        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args =
            [
                "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--no-first-run", "--disable-quic",
            ],
        });
    }

    /// <summary>
    /// A fresh browser profile at the smallest size the product supports. Dispose it before the
    /// server: an open Blazor circuit holds the server's shutdown until its timeout. Notifications
    /// are allowed, as for an agent who set the desk up once, so the desk does not ask for them
    /// when the agent goes ready (DeskAlertsTests covers the asking).
    /// </summary>
    public Task<IBrowserContext> NewContextAsync() =>
        Browser.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = 1280, Height = 720 }, Permissions = ["notifications"] });

    public async Task DisposeAsync()
    {
        await Browser.DisposeAsync();
        _playwright?.Dispose();
    }
}

[CollectionDefinition(Name)]
public sealed class BrowserCollection : ICollectionFixture<BrowserFixture>
{
    public const string Name = "browser";
}
