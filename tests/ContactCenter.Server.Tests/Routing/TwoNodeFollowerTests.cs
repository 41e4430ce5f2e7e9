using System.Net.Http.Json;
using ContactCenter.Contracts.Conversations;
using ContactCenter.Domain.Queues;
using ContactCenter.Server.Realtime;
using ContactCenter.Testing;
using Microsoft.AspNetCore.SignalR.Client;

namespace ContactCenter.Server.Tests.Routing;

/// <summary>Followers who lose access when a chat moves queue, with the follower on one node and a supervisor on the other.</summary>
public sealed class TwoNodeFollowerTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(20);

    [Fact]
    public async Task A_follower_on_either_node_is_dropped_when_the_chat_overflows_out_of_their_queue()
    {
        // Tried: Jamie (support only) follows a support chat from each node, Sam (supervisor) from
        // node A; the chat overflows to sales (whichever node routes) and the customer writes.
        await using var nodes = await TwoNodes.StartAsync();
        var (nodeA, nodeB) = (nodes.A, nodes.B);
        await Task.WhenAll(
            nodeA.GetRequiredService<ConversationFollowers>().ListeningAsync().WaitAsync(Patience),
            nodeB.GetRequiredService<ConversationFollowers>().ListeningAsync().WaitAsync(Patience));
        using (var admin = await nodeA.SignedInAsync("ada.admin"))
        {
            var overflowing = new Queue { Id = "support", Name = "Support", ChannelId = "web-chat", MaxWait = TimeSpan.FromSeconds(8), OverflowQueueId = "sales" };
            (await admin.PutAsJsonAsync("/api/settings/queues/support", overflowing)).EnsureSuccessStatusCode();
        }

        var token = await nodeA.TokenAsync("jamie.agent");
        await using var jamieOnA = await nodeA.AgentHubAsync(token);
        await using var jamieOnB = await nodeB.AgentHubAsync(token);
        var (onA, onB) = (new StepInbox(jamieOnA), new StepInbox(jamieOnB));
        await using var sam = await nodeA.AgentHubAsync(await nodeA.TokenAsync("sam.supervisor"));
        var samSees = new StepInbox(sam);
        var session = await nodeA.StartChatAsync("Crosses nodes", "support");
        var chat = session.ConversationId!.Value;
        var recheckedA = nodeA.GetRequiredService<ConversationFollowers>().RecheckedAsync(chat);
        var recheckedB = nodeB.GetRequiredService<ConversationFollowers>().RecheckedAsync(chat);
        await jamieOnA.InvokeAsync<ConversationEventDto[]>("GetEventsSince", chat, 0L);
        await jamieOnB.InvokeAsync<ConversationEventDto[]>("GetEventsSince", chat, 0L);
        await sam.InvokeAsync<ConversationEventDto[]>("GetEventsSince", chat, 0L);
        await using var customer = await nodeB.CustomerHubAsync(session.CustomerToken);

        Assert.IsType<MovedToQueueStep>((await samSees.VersionAsync(chat, 2)).Payload);
        await Task.WhenAll(recheckedA.WaitAsync(Patience), recheckedB.WaitAsync(Patience));
        var written = await customer.InvokeAsync<CommandAck>("SendMessage", chat, Guid.CreateVersion7(), "Anyone there?");

        Assert.IsType<MessageStep>((await samSees.VersionAsync(chat, written.Version)).Payload);
        // A round trip on each of Jamie's connections after Sam got the step.
        await jamieOnA.InvokeAsync<object>("GetMyAccess");
        await jamieOnB.InvokeAsync<object>("GetMyAccess");
        Assert.DoesNotContain(onA.Received, s => s.ConversationId == chat && s.Version >= written.Version);
        Assert.DoesNotContain(onB.Received, s => s.ConversationId == chat && s.Version >= written.Version);
    }
}
