using System.Net.Http.Json;
using ContactCenter.Contracts;
using ContactCenter.Contracts.Access;
using ContactCenter.Domain.Audit;
using ContactCenter.Testing;
using Microsoft.Playwright;
using static ContactCenter.E2E.Tests.StaffPages;

namespace ContactCenter.E2E.Tests;

[Collection(BrowserCollection.Name)]
public sealed class DeskAuditAddressTests(BrowserFixture browser)
{
    private const string BrowserAddress = "203.0.113.7";

    [Fact]
    public async Task What_a_senior_does_on_the_desk_is_audited_with_the_browsers_address_not_the_nodes_loopback()
    {
        // Tried: a senior agent behind a configured proxy (every request of their browser carries
        // X-Forwarded-For, as nginx adds it) signs in, takes a chat and so reads the customer's
        // profile in the clear through the desk's own loopback hub connection. Before the fix the
        // profile read was audited as 127.0.0.1, the node itself; the sign-in already had the address.
        await using var host = await ServerHost.StartAsync(s => s["ContactCenter:ForwardedHeaders:KnownProxies:0"] = "127.0.0.1");
        await using var seniorBrowser = await browser.Browser.NewContextAsync(new BrowserNewContextOptions
        {
            ViewportSize = new ViewportSize { Width = 1280, Height = 720 },
            Permissions = ["notifications"],
            ExtraHTTPHeaders = new Dictionary<string, string> { ["X-Forwarded-For"] = BrowserAddress },
        });
        await using var customerBrowser = await browser.NewContextAsync();
        var desk = await seniorBrowser.NewPageAsync();
        await SignInAsync(desk, host, "sasha.senior");
        await OpenDeskAsync(desk, host);
        await ChooseReadyAsync(desk);

        var widget = await customerBrowser.NewPageAsync();
        await widget.GotoAsync(new Uri(host.Address, "/widget/?queue=support").ToString());
        await widget.FillAsync("#cc-name", "Audited Visitor");
        await widget.ClickAsync("[data-testid=start-form] button[type=submit]");
        await desk.ClickAsync("[data-testid=offer-accept]");
        await Assertions.Expect(desk.Locator("[data-testid=customer-panel] [data-testid=profile-name]")).ToHaveTextAsync("Audited Visitor");

        using var admin = await host.SignedInAsync("ada.admin");
        var entries = await admin.GetFromJsonAsync<AuditEntryDto[]>($"{ApiRoutes.Audit}?actor=sasha.senior");
        var signIn = Assert.Single(entries!, e => e.Action == AuditActions.SignInSucceeded);
        var reads = entries!.Where(e => e.Action == AuditActions.CustomerPiiRead).ToList();
        Assert.Equal(BrowserAddress, signIn.From);
        Assert.NotEmpty(reads);
        Assert.All(reads, read => Assert.Equal(BrowserAddress, read.From));
    }
}
