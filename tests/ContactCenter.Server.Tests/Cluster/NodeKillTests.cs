using System.Diagnostics;
using ContactCenter.Contracts;
using ContactCenter.Contracts.Agents;
using ContactCenter.Contracts.Conversations;
using ContactCenter.Contracts.Realtime;
using ContactCenter.Domain.Conversations;
using ContactCenter.Testing;
using Marten;
using Microsoft.AspNetCore.SignalR.Client;
using Xunit.Abstractions;

namespace ContactCenter.Server.Tests.Cluster;

/// <summary>
/// A node dies for real (SIGKILL: no shutdown, no OnDisconnected, its lease left to expire) while its
/// agent and customer chat through the cluster's proxy; the other node, in this process, takes over.
/// </summary>
[Collection(ClusterCollection.Name)]
public sealed class NodeKillTests(ITestOutputHelper output)
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task A_killed_node_s_agent_and_customer_continue_on_the_other_node_every_acknowledged_message_once_in_order_and_routing_resumes()
    {
        // Tried: node1 (a process) leads routing and serves Jamie's desk and a customer, both pinned to
        // it through the proxy; they exchange messages, and after the fifth round node1 is killed; the
        // exchange goes on to twenty rounds, each send retried with its key until acknowledged; then a
        // second customer starts a chat.
        await using var redis = await TestRedis.StartAsync();
        var settings = await ServerHost.DefaultSettingsAsync();
        settings["ConnectionStrings:Redis"] = redis.ConnectionString;
        settings["ContactCenter:Redis:ChannelPrefix"] = $"kill-{Guid.NewGuid():N}";
        // Forty messages in a few seconds are a conversation here, not a flood.
        settings["ContactCenter:Limits:HubMessageBurst"] = "100";
        await using var doomed = await ServerProcess.StartAsync(settings);
        var doomedEpoch = await doomed.LeadingAsync.WaitAsync(Patience);
        await using var survivor = await ServerHost.StartAsync(s =>
        {
            foreach (var (key, value) in settings)
            {
                s[key] = value;
            }
        });
        await using var proxy = await TestProxy.StartAsync(doomed.Address.Port, survivor.Address.Port);

        var token = await survivor.TokenAsync("jamie.agent");
        await using var desk = await ClusterClients.ConnectAsync(proxy, ApiRoutes.AgentHub, token, "node1");
        var offers = new List<Guid>();
        desk.On<ConversationEventDto>(nameof(IAgentClient.ConversationEvent), step =>
        {
            if (step.Payload is OfferedStep)
            {
                lock (offers)
                {
                    offers.Add(step.ConversationId);
                }
            }
        });
        var firstOffer = OfferOfAsync(desk);
        await desk.InvokeAsync<AgentPresenceDto>(nameof(IAgentHub.SetChannel), "Chat", true, 3);
        await desk.InvokeAsync<AgentPresenceDto>(nameof(IAgentHub.ChooseState), "Ready", null);
        var session = await ClusterClients.StartChatAsync(proxy, "Killed Node");
        var chat = session.ConversationId!.Value;
        Assert.Equal(chat, await firstOffer.WaitAsync(Patience));
        var accepted = await desk.InvokeAsync<CommandAck>(nameof(IAgentHub.AcceptOffer), chat);
        await using var widget = await ClusterClients.ConnectAsync(proxy, ApiRoutes.CustomerHub, session.CustomerToken, "node1");
        var deskHolds = new ResumingChat(desk, chat, accepted.Version);
        var widgetHolds = new ResumingChat(widget, chat, accepted.Version);

        var acknowledged = new SortedDictionary<long, string>();
        Stopwatch? sinceKill = null;
        for (var round = 1; round <= 20; round++)
        {
            if (round == 6)
            {
                doomed.Signal("KILL");
                sinceKill = Stopwatch.StartNew();
            }

            foreach (var (from, text) in new[] { (widget, $"customer {round}"), (desk, $"agent {round}") })
            {
                var ack = await from.SendUntilAcknowledgedAsync(chat, Guid.NewGuid(), text, Patience);
                acknowledged.Add(ack.Version, text);
            }
        }

        output.WriteLine($"The exchange went on {sinceKill!.Elapsed.TotalSeconds:F1} s after the kill");
        var last = acknowledged.Keys.Max();
        await deskHolds.HoldsAsync(last, Patience);
        await widgetHolds.HoldsAsync(last, Patience);
        Assert.Equal(acknowledged.Values, deskHolds.Messages);
        Assert.Equal(acknowledged.Values, widgetHolds.Messages);
        Assert.Equal("Ready", (await desk.InvokeAsync<AgentPresenceDto>(nameof(IAgentHub.GetMyPresence))).State);

        var nextOffer = OfferOfAsync(desk);
        var second = (await ClusterClients.StartChatAsync(proxy, "After The Kill")).ConversationId!.Value;
        Assert.Equal(second, await nextOffer.WaitAsync(Patience));
        output.WriteLine($"Routing resumed; the second chat was offered {sinceKill.Elapsed.TotalSeconds:F1} s after the kill");

        await using var query = survivor.GetRequiredService<IDocumentStore>().QuerySession();
        foreach (var conversation in new[] { chat, second })
        {
            var offered = (await query.Events.FetchStreamAsync(conversation)).Select(e => e.Data).OfType<ConversationOffered>();
            Assert.Single(offered);
        }

        Assert.True((await query.Events.FetchStreamAsync(second)).Select(e => e.Data).OfType<ConversationOffered>().Single().Epoch > doomedEpoch);
        lock (offers)
        {
            Assert.Equal([chat, second], offers);
        }
    }

    private static Task<Guid> OfferOfAsync(HubConnection desk)
    {
        var offered = new TaskCompletionSource<Guid>(TaskCreationOptions.RunContinuationsAsynchronously);
        desk.On<ConversationEventDto>(nameof(IAgentClient.ConversationEvent), step =>
        {
            if (step.Payload is OfferedStep)
            {
                offered.TrySetResult(step.ConversationId);
            }
        });
        return offered.Task;
    }
}
