using ContactCenter.Contracts;
using ContactCenter.Contracts.Conversations;
using ContactCenter.Contracts.Customers;
using ContactCenter.Testing;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.Playwright;
using static ContactCenter.E2E.Tests.StaffPages;

namespace ContactCenter.E2E.Tests;

/// <summary>
/// PostgreSQL restarts while a customer and an agent chat, in Chromium: each says the message is not
/// sent yet and sends it again by itself, and after the restart each message is there once.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class DatabaseRestartTests(BrowserFixture browser)
{
    [Fact]
    public async Task Messages_sent_while_the_database_is_away_are_kept_retried_by_themselves_and_stored_once()
    {
        // Tried: the node's own PostgreSQL (of this test alone) stops with a fast shutdown; the
        // customer presses Enter in the widget and the agent in the desk; neither touches anything
        // more; PostgreSQL starts again on the same port.
        await using var database = await PrivatePostgres.StartAsync("e2e-pg-restart");
        await using var host = await ServerHost.StartAsync(s => s["ConnectionStrings:Postgres"] = database.ConnectionString);
        await using var deskBrowser = await browser.NewContextAsync();
        await using var customerBrowser = await browser.NewContextAsync();
        var desk = await deskBrowser.NewPageAsync();
        var widget = await customerBrowser.NewPageAsync();
        await SignInAsync(desk, host, "jamie.agent");
        await OpenDeskAsync(desk, host);
        await widget.GotoAsync(new Uri(host.Address, "/widget/?queue=support").ToString());
        await widget.FillAsync("#cc-name", "Dana Database");
        await widget.ClickAsync("[data-testid=start-form] button[type=submit]");
        await Assertions.Expect(widget.Locator("[data-testid=status]")).ToContainTextAsync("Waiting for an agent");
        await using var staff = await ChatClients.ConnectAsync(host, ApiRoutes.AgentHub, await host.TokenAsync("jamie.agent"));
        var chat = (await staff.InvokeAsync<ConversationSummaryDto[]>("GetWaiting")).Single().Id;
        await staff.InvokeAsync<CommandAck>("Take", chat);
        await desk.Locator("[data-testid=inbox] >> text=Dana Database").ClickAsync();
        await Assertions.Expect(desk.Locator("[data-testid=conversation-pane]")).ToHaveAttributeAsync("data-status", "Active");
        await Assertions.Expect(widget.Locator("[data-testid=messages]")).ToContainTextAsync("Jamie Agent joined the chat.");

        await database.StopAsync();
        await widget.FillAsync("[data-testid=message-input]", "Is anyone there?");
        await widget.PressAsync("[data-testid=message-input]", "Enter");
        await desk.FillAsync("[data-testid=composer]", "Yes, one moment please.");
        await desk.PressAsync("[data-testid=composer]", "Enter");

        // A busy machine may take a while to notice the database gone (a pooled connection breaking mid-command).
        var noticed = new LocatorAssertionsToContainTextOptions { Timeout = 20_000 };
        await Assertions.Expect(widget.Locator("[data-testid=send-error]")).ToContainTextAsync("Trying again by itself", noticed);
        await Assertions.Expect(widget.Locator("[data-testid=message-input]")).ToHaveValueAsync("Is anyone there?");
        await Assertions.Expect(desk.Locator("[data-testid=compose-retrying]")).ToContainTextAsync("Trying again by itself", noticed);
        await Assertions.Expect(desk.Locator("[data-testid=composer]")).ToHaveValueAsync("Yes, one moment please.");
        await ScreenshotAsync(widget, "widget-database-away");
        await ScreenshotAsync(desk, "desk-database-away");

        await database.StartAgainAsync();
        await Assertions.Expect(widget.Locator("[data-testid=message-input]")).ToHaveValueAsync("", new() { Timeout = 60_000 });
        await Assertions.Expect(desk.Locator("[data-testid=composer]")).ToHaveValueAsync("", new() { Timeout = 60_000 });
        await Assertions.Expect(widget.Locator("[data-testid=send-error]")).ToBeHiddenAsync();
        await Assertions.Expect(desk.Locator("[data-testid=compose-retrying]")).ToHaveCountAsync(0);
        await Assertions.Expect(widget.Locator("[data-testid=message]", new() { HasText = "Yes, one moment please." })).ToHaveCountAsync(1);
        await Assertions.Expect(desk.Locator("[data-testid=transcript]")).ToContainTextAsync("Is anyone there?");
        var steps = await staff.InvokeAsync<ConversationEventDto[]>("GetEventsSince", chat, 0L);
        Assert.Equal(["Is anyone there?", "Yes, one moment please."], steps.Select(s => s.ChatMessage()?.Text).OfType<string>().Order());
        await ScreenshotAsync(widget, "widget-database-back");
    }
}
