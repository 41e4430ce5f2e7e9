using ContactCenter.Contracts;
using ContactCenter.Contracts.Conversations;
using ContactCenter.Contracts.Customers;
using ContactCenter.Testing;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.Playwright;

namespace ContactCenter.E2E.Tests;

/// <summary>A customer types in the widget page in Chromium while an agent answers from a real hub client.</summary>
[Collection(BrowserCollection.Name)]
public sealed class WidgetChatTests(BrowserFixture browser)
{
    [Fact]
    public async Task A_customer_chats_with_an_agent_sees_markup_as_text_and_rates_the_chat()
    {
        await using var host = await ServerHost.StartAsync();
        await using var context = await browser.NewContextAsync();
        var page = await context.NewPageAsync();
        var dialogs = new List<string>();
        page.Dialog += (_, dialog) => dialogs.Add(dialog.Message);

        await page.GotoAsync(new Uri(host.Address, "/widget/?queue=support").ToString());
        await page.FillAsync("#cc-name", "Wanda Widget");
        await page.ClickAsync("[data-testid=start-form] button[type=submit]");
        await Assertions.Expect(page.Locator("[data-testid=status]")).ToContainTextAsync("you are number 1 in line");

        await using var agent = await ChatClients.ConnectAsync(host, ApiRoutes.AgentHub, await host.TokenAsync("jamie.agent"));
        var agentSees = new StepInbox(agent);
        var chat = (await agent.InvokeAsync<ConversationSummaryDto[]>("GetWaiting")).Single().Id;
        var taken = await agent.InvokeAsync<CommandAck>("Take", chat);
        await Assertions.Expect(page.Locator("[data-testid=messages]")).ToContainTextAsync("Jamie Agent joined the chat.");

        await page.FillAsync("[data-testid=message-input]", "Hi! Where is my order 1234?");
        await page.PressAsync("[data-testid=message-input]", "Enter");
        var question = await WaitForMessageAsync(agentSees, chat, taken.Version, "Hi! Where is my order 1234?");
        Assert.Equal("Wanda Widget", question.ChatMessage()!.AuthorName);

        await agent.InvokeAsync("Typing", chat, true);
        await Assertions.Expect(page.Locator("[data-testid=typing]")).ToHaveTextAsync("Jamie Agent is typing…");
        await agent.InvokeAsync<CommandAck>("SendMessage", chat, Guid.NewGuid(), "It ships today: https://example.com/track/1234");
        await agent.InvokeAsync<CommandAck>("SendMessage", chat, Guid.NewGuid(), "<script>alert('x')</script><img src=x onerror=\"alert('y')\">");
        var messages = page.Locator("[data-testid=messages]");
        await Assertions.Expect(messages).ToContainTextAsync("<script>alert('x')</script><img src=x onerror=\"alert('y')\">");
        await Assertions.Expect(messages.Locator("a[href='https://example.com/track/1234']")).ToHaveAttributeAsync("rel", "noopener noreferrer nofollow");
        Assert.Equal(0, await messages.Locator("script, img").CountAsync());
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(TestFolders.Artifacts("screenshots"), "widget-chat.png") });

        await agent.InvokeAsync<CommandAck>("End", chat);
        await page.ClickAsync(".cc-stars button[data-rating='5']");
        await page.FillAsync("#cc-comment", "Fast and friendly");
        await page.ClickAsync("[data-testid=rate-submit]");
        await Assertions.Expect(page.Locator("[data-testid=thanks]")).ToBeVisibleAsync();
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(TestFolders.Artifacts("screenshots"), "widget-rated.png") });

        var steps = await agent.InvokeAsync<ConversationEventDto[]>("GetEventsSince", chat, 0L);
        Assert.Equal(5, steps.Select(s => s.Payload).OfType<RatedStep>().Single().Rating);
        Assert.Empty(dialogs);
    }

    [Fact]
    public async Task A_returning_customer_on_the_same_browser_is_greeted_by_name()
    {
        await using var host = await ServerHost.StartAsync();
        await using var context = await browser.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.GotoAsync(new Uri(host.Address, "/widget/").ToString());
        await page.FillAsync("#cc-name", "Ronja Return");
        await page.ClickAsync("[data-testid=start-form] button[type=submit]");
        await Assertions.Expect(page.Locator("[data-testid=status]")).ToContainTextAsync("Waiting for an agent");
        await page.ClickAsync("[data-testid=leave]");
        await Assertions.Expect(page.Locator("[data-testid=messages]")).ToContainTextAsync("You left the chat.");

        await page.ReloadAsync();

        await Assertions.Expect(page.Locator("[data-testid=welcome]")).ToHaveTextAsync("Welcome back, Ronja Return!");
        await Assertions.Expect(page.Locator("#cc-name")).ToHaveValueAsync("Ronja Return");
    }

    private static async Task<ConversationEventDto> WaitForMessageAsync(StepInbox inbox, Guid chat, long after, string text)
    {
        for (var version = after + 1; ; version++)
        {
            var step = await inbox.VersionAsync(chat, version);
            if (step.Payload is MessageStep said && said.Message.Text == text)
            {
                return step;
            }
        }
    }
}
