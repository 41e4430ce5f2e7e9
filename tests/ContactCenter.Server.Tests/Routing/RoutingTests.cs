using ContactCenter.Contracts;
using ContactCenter.Contracts.Agents;
using ContactCenter.Contracts.Conversations;
using ContactCenter.Domain.Conversations;
using ContactCenter.Server.Tests.Scenes;
using ContactCenter.Testing;
using ContactCenter.Testing.Scenes;
using Marten;
using Microsoft.AspNetCore.SignalR.Client;

using static ContactCenter.Server.Tests.Routing.RoutingAgents;

namespace ContactCenter.Server.Tests.Routing;

/// <summary>The router through the running server: offers, accept, reject, capacity, and a leader handing over.</summary>
[Collection(RoutingScenes.Name)]
public sealed class RoutingTests(SharedServerFixture fixture)
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(15);

    [Fact]
    public async Task A_new_chat_is_offered_to_a_ready_agent_who_accepts_it()
    {
        var scene = await fixture.NewSceneAsync();
        var host = scene.Host;
        await using var jamie = await ReadyAgentAsync(scene, "jamie.agent");
        var offers = OffersTo(jamie, "Jamie Agent");

        var chat = (await scene.StartChatAsync("Routed Customer")).ConversationId!.Value;

        Assert.Equal(chat, await offers.Reader.ReadAsync().AsTask().WaitAsync(Patience));
        var accepted = await jamie.InvokeAsync<CommandAck>("AcceptOffer", chat);
        var steps = await jamie.InvokeAsync<ConversationEventDto[]>("GetEventsSince", chat, 0L);
        Assert.Equal([typeof(StartedStep), typeof(OfferedStep), typeof(AssignedStep)], steps.Select(s => s.Payload.GetType()));
        Assert.Equal(("Jamie Agent", ConversationStatusDto.Active, accepted.Version), (Assert.IsType<AssignedStep>(steps[^1].Payload).AgentName, steps[^1].Status, steps[^1].Version));
    }

    [Fact]
    public async Task A_rejected_offer_goes_to_another_agent_and_not_back_to_the_one_who_said_no()
    {
        var scene = await fixture.NewSceneAsync();
        var host = scene.Host;
        await using var jamie = await ReadyAgentAsync(scene, "jamie.agent");
        var jamieOffers = OffersTo(jamie, "Jamie Agent");
        var chat = (await scene.StartChatAsync("Rejected Once")).ConversationId!.Value;
        Assert.Equal(chat, await jamieOffers.Reader.ReadAsync().AsTask().WaitAsync(Patience));
        await using var alex = await ReadyAgentAsync(scene, "alex.agent");
        var alexOffers = OffersTo(alex, "Alex Agent");

        await jamie.InvokeAsync<CommandAck>("RejectOffer", chat);

        Assert.Equal(chat, await alexOffers.Reader.ReadAsync().AsTask().WaitAsync(Patience));
        await alex.InvokeAsync<CommandAck>("AcceptOffer", chat);
        Assert.False(jamieOffers.Reader.TryRead(out _), "The agent who rejected was offered the chat again.");
    }

    [Fact]
    public async Task An_unanswered_offer_expires_back_to_the_queue_and_sets_the_agent_not_ready()
    {
        // Tried: the agent lets the offer run out (the shortest timeout a queue allows, 5 seconds).
        var scene = await fixture.NewSceneAsync();
        var host = scene.Host;
        using (var admin = await scene.SignedInAsync("ada.admin"))
        {
            var support = new ContactCenter.Domain.Queues.Queue { Id = "support", Name = "Support", ChannelId = "web-chat", OfferTimeout = TimeSpan.FromSeconds(5) };
            (await System.Net.Http.Json.HttpClientJsonExtensions.PutAsJsonAsync(admin, $"/api/settings/queues/{scene.QueueId()}", support)).EnsureSuccessStatusCode();
        }

        await using var jamie = await ReadyAgentAsync(scene, "jamie.agent");
        var offers = OffersTo(jamie, "Jamie Agent");
        var presence = new TaskCompletionSource<AgentPresenceDto>(TaskCreationOptions.RunContinuationsAsynchronously);
        jamie.On<AgentPresenceDto>("PresenceChanged", p =>
        {
            if (p.State == "NotReady") presence.TrySetResult(p);
        });
        var chat = (await scene.StartChatAsync("Unanswered")).ConversationId!.Value;
        Assert.Equal(chat, await offers.Reader.ReadAsync().AsTask().WaitAsync(Patience));

        var missed = await presence.Task.WaitAsync(Patience);

        Assert.Equal(("NotReady", "missed-offer"), (missed.State, missed.ReasonCodeId));
        var steps = await jamie.InvokeAsync<ConversationEventDto[]>("GetEventsSince", chat, 0L);
        Assert.Equal([typeof(StartedStep), typeof(OfferedStep), typeof(OfferDeclinedStep)], steps.Select(s => s.Payload.GetType()));
        Assert.Equal(("expired", ConversationStatusDto.Queued), (Assert.IsType<OfferDeclinedStep>(steps[^1].Payload).Reason, steps[^1].Status));
    }

    [Fact]
    public async Task A_returning_customer_is_first_offered_to_the_agent_who_served_them()
    {
        var scene = await fixture.NewSceneAsync();
        var host = scene.Host;
        await using var jamie = await ReadyAgentAsync(scene, "jamie.agent");
        var jamieOffers = OffersTo(jamie, "Jamie Agent");
        var first = await scene.StartChatAsync("Sticky Customer");
        Assert.Equal(first.ConversationId, await jamieOffers.Reader.ReadAsync().AsTask().WaitAsync(Patience));
        await jamie.InvokeAsync<CommandAck>("AcceptOffer", first.ConversationId!.Value);
        await jamie.InvokeAsync<CommandAck>("End", first.ConversationId!.Value);
        var other = await scene.StartChatAsync("Keeps Jamie busy");
        Assert.Equal(other.ConversationId, await jamieOffers.Reader.ReadAsync().AsTask().WaitAsync(Patience));
        await jamie.InvokeAsync<CommandAck>("AcceptOffer", other.ConversationId!.Value);
        // By the support queue's policy (least busy) the idle Sasha would get the next chat.
        await using var sasha = await ReadyAgentAsync(scene, "sasha.senior");

        var returning = await scene.StartChatAsync("Sticky Customer", customerToken: first.CustomerToken);

        Assert.Equal(returning.ConversationId, await jamieOffers.Reader.ReadAsync().AsTask().WaitAsync(Patience));
    }

    [Fact]
    public async Task A_queue_requiring_a_skill_is_offered_to_the_skilled_agent_first()
    {
        var scene = await fixture.NewSceneAsync();
        var host = scene.Host;
        using (var admin = await scene.SignedInAsync("ada.admin"))
        {
            var sashaId = (await scene.StaffAsync("sasha.senior")).Id;
            (await System.Net.Http.Json.HttpClientJsonExtensions.PutAsJsonAsync(admin, $"{ApiRoutes.Users}/{sashaId}/skills", new[] { "Billing" })).EnsureSuccessStatusCode();
            var support = new ContactCenter.Domain.Queues.Queue { Id = "support", Name = "Support", ChannelId = "web-chat", RequiredSkills = ["billing"] };
            (await System.Net.Http.Json.HttpClientJsonExtensions.PutAsJsonAsync(admin, $"/api/settings/queues/{scene.QueueId()}", support)).EnsureSuccessStatusCode();
        }

        // Jamie has been ready longest, but lacks the skill.
        await using var jamie = await ReadyAgentAsync(scene, "jamie.agent");
        var jamieOffers = OffersTo(jamie, "Jamie Agent");
        await using var sasha = await ReadyAgentAsync(scene, "sasha.senior");
        var sashaOffers = OffersTo(sasha, "Sasha Senior");

        var chat = (await scene.StartChatAsync("Needs billing help")).ConversationId!.Value;

        Assert.Equal(chat, await sashaOffers.Reader.ReadAsync().AsTask().WaitAsync(Patience));
        Assert.False(jamieOffers.Reader.TryRead(out _));
    }

    [Fact]
    public async Task Under_load_no_conversation_is_offered_twice_and_no_agent_exceeds_capacity()
    {
        // Tried: 4 agents with room for 2 chats each accept everything, while 20 customers arrive at once.
        // Alex already holds a seeded chat, so 7 of the 20 get an agent and all 8 seats end up taken.
        await using var host = await ServerHost.StartAsync();
        var agents = new List<HubConnection>();
        foreach (var (name, displayName) in new[] { ("jamie.agent", "Jamie Agent"), ("alex.agent", "Alex Agent"), ("sasha.senior", "Sasha Senior"), ("sam.supervisor", "Sam Supervisor") })
        {
            var agent = await ReadyAgentAsync(host, name, capacity: 2);
            agent.On<ConversationEventDto>("ConversationEvent", step =>
            {
                if (step.Payload is OfferedStep offer && offer.AgentName == displayName)
                {
                    _ = agent.InvokeAsync<CommandAck>("AcceptOffer", step.ConversationId).ContinueWith(_ => { }, TaskScheduler.Default);
                }
            });
            agents.Add(agent);
        }

        await Task.WhenAll(Enumerable.Range(1, 20).Select(i => host.StartChatAsync($"Load {i}", "support")));
        var store = host.GetRequiredService<IDocumentStore>();
        await WaitUntilAsync(async () =>
        {
            await using var session = store.QuerySession();
            return await session.Query<ConversationHistory>().CountAsync(c => c.Status == ConversationStatus.Active) == 8;
        });

        await using (var session = store.QuerySession())
        {
            var active = await session.Query<ConversationHistory>().Where(c => c.Status == ConversationStatus.Active).ToListAsync();
            Assert.All(active.GroupBy(c => c.AgentId), perAgent => Assert.True(perAgent.Count() <= 2, $"{perAgent.Key} holds {perAgent.Count()} chats"));
            foreach (var conversation in await session.Query<ConversationHistory>().ToListAsync())
            {
                var events = await session.Events.FetchStreamAsync(conversation.Id);
                var open = 0;
                foreach (var e in events.Select(e => e.Data))
                {
                    open += e switch { ConversationOffered => 1, OfferAccepted or OfferDeclined => -1, _ => 0 };
                    Assert.InRange(open, 0, 1);
                }
            }
        }

        foreach (var agent in agents)
        {
            await agent.DisposeAsync();
        }
    }

    [Fact]
    public async Task When_the_leading_node_stops_the_other_node_takes_over_routing()
    {
        var schema = $"leader_{Guid.NewGuid():N}"[..20];
        void Shared(IDictionary<string, string?> s) => s["ContactCenter:Database:Schema"] = schema;
        var first = await ServerHost.StartAsync(Shared);
        await using var second = await ServerHost.StartAsync(Shared);
        await using (var warmup = await ReadyAgentAsync(first, "jamie.agent"))
        {
            var offers = OffersTo(warmup, "Jamie Agent");
            var chat = (await first.StartChatAsync("Before")).ConversationId!.Value;
            Assert.Equal(chat, await offers.Reader.ReadAsync().AsTask().WaitAsync(Patience));
            await warmup.InvokeAsync<CommandAck>("AcceptOffer", chat);
            await warmup.InvokeAsync<AgentPresenceDto>("ChooseState", "Offline", null);
        }

        await first.DisposeAsync();
        await using var alex = await ReadyAgentAsync(second, "alex.agent");
        var alexOffers = OffersTo(alex, "Alex Agent");
        var after = (await second.StartChatAsync("After the leader left")).ConversationId!.Value;

        Assert.Equal(after, await alexOffers.Reader.ReadAsync().AsTask().WaitAsync(Patience));
    }

    // Offers made to this agent: queue members all see an "offered" step; it names the agent it went to.
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

    private static async Task WaitUntilAsync(Func<Task<bool>> condition)
    {
        using var deadline = new CancellationTokenSource(Patience);
        while (!await condition())
        {
            await Task.Delay(100, deadline.Token);
        }
    }
}
