using System.Diagnostics;
using ContactCenter.Contracts;
using ContactCenter.Contracts.Agents;
using ContactCenter.Contracts.Conversations;
using ContactCenter.Server.Features.Agents.Presence;
using ContactCenter.Server.Tests.Scenes;
using ContactCenter.Testing;
using ContactCenter.Testing.Scenes;
using Marten;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.Extensions.Options;
using Xunit.Abstractions;

namespace ContactCenter.Server.Tests.Agents;

/// <summary>The grace period keeps a leaving agent's state for a reload; it never sends them work.</summary>
[Collection(RoutingScenes.Name)]
public sealed class LiveConnectionRoutingTests(SharedServerFixture fixture, ITestOutputHelper output)
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(15);

    [Fact]
    public async Task A_returning_customer_of_an_agent_who_closed_every_desk_goes_to_another_ready_agent_at_once()
    {
        // Tried: Jamie serves a customer, then closes both tabs without choosing a state (still
        // "Ready" for the grace period). The customer comes back while Sasha is ready: sticky routing
        // must not wait on Jamie's offer to time out (20 s) but offer Sasha at once, and Jamie, who
        // was never offered the chat, must not be marked "missed offer".
        var scene = await fixture.NewSceneAsync();
        var host = scene.Host;
        var jamieToken = await scene.TokenAsync("jamie.agent");
        var jamie = await ReadyAgentAsync(host, jamieToken);
        var jamieTab2 = await ChatClients.ConnectAsync(host, ApiRoutes.AgentHub, jamieToken);
        var jamieOffers = OffersTo(jamie, "Jamie Agent");
        var first = await scene.StartChatAsync("Returning Customer");
        Assert.Equal(first.ConversationId, await jamieOffers.Reader.ReadAsync().AsTask().WaitAsync(Patience));
        await jamie.InvokeAsync<CommandAck>("AcceptOffer", first.ConversationId!.Value);
        await jamie.InvokeAsync<CommandAck>("End", first.ConversationId!.Value);
        await using var sasha = await ReadyAgentAsync(host, await scene.TokenAsync("sasha.senior"));
        var sashaOffers = OffersTo(sasha, "Sasha Senior");
        var jamieId = (await jamie.InvokeAsync<AgentPresenceDto>("GetMyPresence")).AgentId;

        await jamie.DisposeAsync();
        await jamieTab2.DisposeAsync();
        await WaitUntilGoneAsync(host, jamieId);
        var clock = Stopwatch.StartNew();
        var returning = await scene.StartChatAsync("Returning Customer", customerToken: first.CustomerToken);

        Assert.Equal(returning.ConversationId, await sashaOffers.Reader.ReadAsync().AsTask().WaitAsync(Patience));
        output.WriteLine($"Offered to the other agent {clock.ElapsedMilliseconds} ms after the chat started");
        await using var back = await ChatClients.ConnectAsync(host, ApiRoutes.AgentHub, await scene.TokenAsync("jamie.agent"));
        var returningSteps = await sasha.InvokeAsync<ConversationEventDto[]>("GetEventsSince", returning.ConversationId!.Value, 0L);
        Assert.Equal(["Sasha Senior"], returningSteps.Select(s => s.Payload).OfType<OfferedStep>().Select(offer => offer.AgentName));
        // Within the grace period a returning agent finds their state as they left it.
        var kept = await back.InvokeAsync<AgentPresenceDto>("GetMyPresence");
        Assert.Equal(("Ready", null), (kept.State, kept.ReasonCodeId));
    }

    [Fact]
    public async Task An_agent_ready_on_one_node_only_is_offered_chats_routed_by_either_node()
    {
        // Tried: two nodes; the agent's only desk is on node B while node A may be the router. The
        // live-connection fact is in PostgreSQL, so whichever node leads sees it.
        await using var nodes = await TwoNodes.StartAsync();
        await using var alex = await ReadyAgentAsync(nodes.B, await nodes.B.TokenAsync("alex.agent"));
        var offers = OffersTo(alex, "Alex Agent");

        var chat = await nodes.A.StartChatAsync("Across nodes");

        Assert.Equal(chat.ConversationId, await offers.Reader.ReadAsync().AsTask().WaitAsync(Patience));
    }

    // The fact the router reads: no node lists the agent among its live connections any more.
    private static async Task WaitUntilGoneAsync(ServerHost host, Guid agentId)
    {
        var store = host.GetRequiredService<IDocumentStore>();
        var options = host.GetRequiredService<IOptions<PresenceOptions>>().Value;
        using var deadline = new CancellationTokenSource(Patience);
        while (true)
        {
            await using (var session = store.QuerySession())
            {
                if (!(await LiveConnections.ReadAsync(session, DateTimeOffset.UtcNow, options, deadline.Token)).Contains(agentId))
                {
                    return;
                }
            }

            await Task.Delay(50, deadline.Token);
        }
    }

    private static async Task<HubConnection> ReadyAgentAsync(ServerHost host, string token)
    {
        var agent = await ChatClients.ConnectAsync(host, ApiRoutes.AgentHub, token);
        await agent.InvokeAsync<AgentPresenceDto>("SetChannel", "Chat", true, 3);
        await agent.InvokeAsync<AgentPresenceDto>("ChooseState", "Ready", null);
        return agent;
    }

    private static System.Threading.Channels.Channel<Guid> OffersTo(HubConnection agent, string displayName)
    {
        var offers = System.Threading.Channels.Channel.CreateUnbounded<Guid>();
        agent.On<ConversationEventDto>("ConversationEvent", step =>
        {
            if (step.Payload is OfferedStep offer && offer.AgentName == displayName)
            {
                offers.Writer.TryWrite(step.ConversationId);
            }
        });
        return offers;
    }
}
