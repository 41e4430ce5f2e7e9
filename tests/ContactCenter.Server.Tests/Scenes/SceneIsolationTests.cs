using ContactCenter.Contracts.Conversations;
using ContactCenter.Contracts.Customers;
using ContactCenter.Testing.Scenes;
using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.Client;

namespace ContactCenter.Server.Tests.Scenes;

/// <summary>What the shared hosts rely on (docs/testing.md): one scene's chats never reach another scene's staff.</summary>
[Collection(RoutingScenes.Name)]
public sealed class SceneIsolationTests(SharedServerFixture fixture)
{
    [Fact]
    public async Task A_scenes_chat_is_offered_to_its_own_ready_agent_and_never_to_another_scenes()
    {
        var other = await fixture.NewSceneAsync();
        await using var outsider = await other.ReadyAgentAsync("jamie.agent");
        var outsiderSaw = new System.Collections.Concurrent.ConcurrentQueue<ConversationEventDto>();
        outsider.On<ConversationEventDto>("ConversationEvent", outsiderSaw.Enqueue);
        var scene = await fixture.NewSceneAsync();

        var offered = await scene.OfferedChatAsync("Isolated Customer");
        await using var agent = offered.Agent;

        Assert.Equal("Jamie Agent", Assert.IsType<OfferedStep>(offered.Offer.Payload).AgentName);
        await agent.InvokeAsync<CommandAck>("AcceptOffer", offered.Id);
        // A round trip on the outsider's connection after the accept: a push to it would have arrived first.
        var refused = await Assert.ThrowsAsync<HubException>(() => outsider.InvokeAsync<ConversationEventDto[]>("GetEventsSince", offered.Id, 0L));
        Assert.Contains("not-queue-member", refused.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(outsiderSaw, s => s.ConversationId == offered.Id);
    }

    [Fact]
    public async Task An_assigned_chat_is_the_scene_agents_and_absent_from_another_scenes_waiting_list()
    {
        var scene = await fixture.NewSceneAsync();
        var other = await fixture.NewSceneAsync();
        await using var outsider = await other.AgentHubAsync("jamie.agent");
        var queued = await scene.QueuedChatAsync("Still Waiting");

        var assigned = await scene.AssignedChatAsync("Taken Customer");
        await using var agent = assigned.Agent;

        var steps = await agent.InvokeAsync<ConversationEventDto[]>("GetEventsSince", assigned.Id, 0L);
        Assert.Equal(("Jamie Agent", ConversationStatusDto.Active, assigned.Version), (Assert.IsType<AssignedStep>(steps[^1].Payload).AgentName, steps[^1].Status, steps[^1].Version));
        Assert.Contains(await agent.InvokeAsync<ConversationSummaryDto[]>("GetWaiting"), c => c.Id == queued.ConversationId);
        Assert.Empty(await outsider.InvokeAsync<ConversationSummaryDto[]>("GetWaiting"));
    }
}
