using System.Text.RegularExpressions;
using ContactCenter.Contracts;
using ContactCenter.Contracts.Conversations;
using ContactCenter.Contracts.Customers;
using ContactCenter.Testing;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.Playwright;

namespace ContactCenter.E2E.Tests;

/// <summary>The widget's own scripts in Chromium: a message whose acknowledgement was lost is stored and shown once when sent again.</summary>
[Collection(BrowserCollection.Name)]
public sealed partial class WidgetRetryTests(BrowserFixture browser)
{
    [Fact]
    public async Task A_message_sent_again_after_its_acknowledgement_was_lost_is_stored_and_shown_once()
    {
        // Tried: the widget's socket is routed through the test; the server stores the message and
        // answers, the test drops that answer and the socket; the widget reconnects and says it is
        // trying again, and the customer presses Enter again on the kept text.
        await using var host = await ServerHost.StartAsync();
        await using var context = await browser.NewContextAsync();
        var page = await context.NewPageAsync();
        var dropped = false;
        string? sendInvocation = null;
        await page.RouteWebSocketAsync("**/hubs/customer**", socket =>
        {
            var server = socket.ConnectToServer();
            socket.OnMessage(frame =>
            {
                if (!dropped && frame.Text?.Contains("\"target\":\"SendMessage\"", StringComparison.Ordinal) == true)
                {
                    sendInvocation = InvocationId().Match(frame.Text).Groups[1].Value;
                }

                server.Send(frame.Text!);
            });
            server.OnMessage(frame =>
            {
                if (!dropped && sendInvocation is not null && frame.Text!.Contains($"\"invocationId\":\"{sendInvocation}\"", StringComparison.Ordinal))
                {
                    dropped = true;
                    _ = socket.CloseAsync();
                    _ = server.CloseAsync();
                    return;
                }

                socket.Send(frame.Text!);
            });
        });

        await page.GotoAsync(new Uri(host.Address, "/widget/?queue=support").ToString());
        await page.FillAsync("#cc-name", "Rita Retry");
        await page.ClickAsync("[data-testid=start-form] button[type=submit]");
        await Assertions.Expect(page.Locator("[data-testid=status]")).ToContainTextAsync("Waiting for an agent");
        await using var agent = await ChatClients.ConnectAsync(host, ApiRoutes.AgentHub, await host.TokenAsync("jamie.agent"));
        var chat = (await agent.InvokeAsync<ConversationSummaryDto[]>("GetWaiting")).Single().Id;
        await agent.InvokeAsync<CommandAck>("Take", chat);
        await Assertions.Expect(page.Locator("[data-testid=messages]")).ToContainTextAsync("Jamie Agent joined the chat.");

        await page.FillAsync("[data-testid=message-input]", "Did my parcel leave?");
        await page.PressAsync("[data-testid=message-input]", "Enter");
        await Assertions.Expect(page.Locator("[data-testid=send-error]")).ToContainTextAsync("trying again");
        await Assertions.Expect(page.Locator(".cc-widget[data-connection=connected]")).ToHaveCountAsync(1);
        await Assertions.Expect(page.Locator("[data-testid=message-input]")).ToHaveValueAsync("Did my parcel leave?");
        await page.PressAsync("[data-testid=message-input]", "Enter");

        await Assertions.Expect(page.Locator("[data-testid=message-input]")).ToHaveValueAsync("");
        await Assertions.Expect(page.Locator("[data-testid=message]", new() { HasText = "Did my parcel leave?" })).ToHaveCountAsync(1);
        var steps = await agent.InvokeAsync<ConversationEventDto[]>("GetEventsSince", chat, 0L);
        Assert.Single(steps, s => s.Payload is MessageStep said && said.Message.Text == "Did my parcel leave?");
        Assert.True(dropped, "The first acknowledgement was dropped.");
    }

    [GeneratedRegex("\"invocationId\":\"(\\d+)\"")]
    private static partial Regex InvocationId();
}
