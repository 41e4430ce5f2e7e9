using System.Net;
using System.Net.Http.Json;
using ContactCenter.Contracts;
using ContactCenter.Contracts.Conversations;
using ContactCenter.Contracts.Desk;
using ContactCenter.Server.Features.Conversations.Inbox;
using ContactCenter.Server.Tests.Desk;
using ContactCenter.Testing;
using Microsoft.AspNetCore.SignalR.Client;

namespace ContactCenter.Server.Tests.Hardening;

public sealed class ChatStartLimitTests
{
    [Fact]
    public async Task Chat_starts_are_limited_per_source_address_with_a_clear_429_and_other_addresses_still_start_chats()
    {
        // Tried: anonymous chat starts from one address past its budget. Before, there was no limit
        // (220 chats in 575 ms, each a new profile).
        await using var host = await ServerHost.StartAsync(s => s["ContactCenter:Limits:ChatStartsPerMinute"] = "3");
        for (var i = 0; i < 3; i++)
        {
            await host.StartChatAsync($"Allowed {i}");
        }

        using var fourth = await host.Http.PostAsJsonAsync(ApiRoutes.WidgetChats, new StartChatRequest("One too many", null, "support"));
        using var other = OtherSource.Client(host);
        using var fromElsewhere = await other.PostAsJsonAsync(ApiRoutes.WidgetChats, new StartChatRequest("Elsewhere", null, "support"));

        Assert.Equal(HttpStatusCode.TooManyRequests, fourth.StatusCode);
        Assert.True(fourth.Headers.RetryAfter?.Delta > TimeSpan.Zero);
        Assert.Contains("rate-limited", await fourth.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, fromElsewhere.StatusCode);
    }

    [Fact]
    public async Task An_agents_own_conversation_stays_in_their_inbox_however_many_chats_wait_in_the_queue()
    {
        // Tried: an agent takes a chat, then more chats than the inbox lists start in their queue,
        // all newer than the agent's own. Before, the inbox's row cap pushed the agent's own out.
        await using var host = await ServerHost.StartAsync(s => s["ContactCenter:Limits:ChatStartsPerMinute"] = "1000");
        var mine = (await host.StartChatAsync("My Own Customer")).ConversationId!.Value;
        await using var alex = await host.StaffHubAsync("alex.agent");
        await alex.InvokeAsync<CommandAck>("Take", mine);
        var flood = Enumerable.Range(1, AgentInbox.MaxRows + 5).ToList();
        await Parallel.ForEachAsync(flood, new ParallelOptions { MaxDegreeOfParallelism = 8 }, async (i, _) => await host.StartChatAsync($"Queued {i}"));

        var inbox = await alex.InvokeAsync<InboxItemDto[]>("GetInbox");

        Assert.Contains(inbox, r => r.Id == mine && r.AgentId == DeskPeople.AlexId);
        Assert.Equal(AgentInbox.MaxRows, inbox.Count(r => r.Status == ConversationStatusDto.Queued));
    }
}
