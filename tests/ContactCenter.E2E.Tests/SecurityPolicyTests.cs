using ContactCenter.Contracts;
using ContactCenter.Contracts.Conversations;
using ContactCenter.Testing;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.Playwright;

namespace ContactCenter.E2E.Tests;

/// <summary>The desk works under its content security policy, and a disguised message is shown inert.</summary>
[Collection(BrowserCollection.Name)]
public sealed class SecurityPolicyTests(BrowserFixture browser)
{
    [Fact]
    public async Task The_desk_runs_under_its_policy_and_shows_a_right_to_left_override_as_a_visible_code()
    {
        // Tried: a customer's message "invoice" + U+202E + "txt.exe" (it would read "invoiceexe.txt"),
        // opened in the desk in Chromium, with every console error recorded (policy refusals are errors).
        await using var host = await ServerHost.StartAsync();
        await using var context = await browser.NewContextAsync();
        var page = await context.NewPageAsync();
        var consoleErrors = new List<string>();
        page.Console += (_, message) =>
        {
            if (message.Type == "error") consoleErrors.Add(message.Text);
        };
        var session = await host.StartChatAsync("Rita Reverse");
        var chat = session.ConversationId!.Value;
        await using var customer = await host.CustomerHubAsync(session.CustomerToken);
        await customer.InvokeAsync<CommandAck>("SendMessage", chat, Guid.NewGuid(), "invoice\u202Etxt.exe");
        await using var jamie = await ChatClients.ConnectAsync(host, ApiRoutes.AgentHub, await host.TokenAsync("jamie.agent"));
        await jamie.InvokeAsync<CommandAck>("Take", chat);

        await StaffPages.SignInAsync(page, host, "jamie.agent");
        await StaffPages.OpenDeskAsync(page, host);
        await page.ClickAsync($"[data-testid=inbox-row][data-conversation='{chat}']");

        var text = page.Locator("[data-testid=message] .cc-msg-text");
        await Assertions.Expect(text).ToHaveTextAsync("invoice[U+202E]txt.exe");
        await Assertions.Expect(text).ToHaveAttributeAsync("dir", "auto");
        Assert.Empty(consoleErrors);
    }
}
