using ContactCenter.Contracts.Conversations;
using ContactCenter.Server.Tests.Scenes;
using ContactCenter.Testing;
using ContactCenter.Testing.Scenes;
using Microsoft.AspNetCore.SignalR.Client;

namespace ContactCenter.Server.Tests.Delivery;

/// <summary>A step reaches each connection once, though a connection may be in the conversation's group and its queue's.</summary>
[Collection(ChatScenes.Name)]
public sealed class StepOnceTests(SharedServerFixture fixture)
{
    [Fact]
    public async Task The_taker_receives_its_assigned_step_once_and_a_queue_colleague_once()
    {
        // Tried: Jamie opens a waiting chat (follows it) and takes it; Alex, in the same queue,
        // does not follow it. Later steps of the same kinds (a message for Jamie, the end for both)
        // mark that everything sent before them has arrived, so the counts are final.
        var scene = await fixture.NewSceneAsync();
        var host = scene.Host;
        var session = await scene.StartChatAsync("Counted Take");
        var chat = session.ConversationId!.Value;
        await using var jamie = await host.AgentHubAsync(await scene.TokenAsync("jamie.agent"));
        await using var alex = await host.AgentHubAsync(await scene.TokenAsync("alex.agent"));
        var atJamie = new StepInbox(jamie);
        var atAlex = new StepInbox(alex);

        await jamie.InvokeAsync<ConversationEventDto[]>("GetEventsSince", chat, 0L);
        var taken = await jamie.InvokeAsync<CommandAck>("Take", chat);
        var ended = await jamie.InvokeAsync<CommandAck>("End", chat);
        await atJamie.VersionAsync(chat, ended.Version);
        await atAlex.VersionAsync(chat, ended.Version);

        Assert.Single(atJamie.Received, s => s.ConversationId == chat && s.Payload is AssignedStep);
        Assert.Single(atAlex.Received, s => s.ConversationId == chat && s.Payload is AssignedStep);
        Assert.Single(atJamie.Received, s => s.ConversationId == chat && s.Payload is EndedStep);
        Assert.Single(atAlex.Received, s => s.ConversationId == chat && s.Payload is EndedStep);
        Assert.Equal(taken.Version, atJamie.Received.Single(s => s.ConversationId == chat && s.Payload is AssignedStep).Version);
    }

    [Fact]
    public async Task A_take_without_following_first_is_also_received_once()
    {
        // Tried: the desk's usual path, a take straight from the waiting list, then a message.
        var scene = await fixture.NewSceneAsync();
        var host = scene.Host;
        var session = await scene.StartChatAsync("Straight Take");
        var chat = session.ConversationId!.Value;
        await using var jamie = await host.AgentHubAsync(await scene.TokenAsync("jamie.agent"));
        var atJamie = new StepInbox(jamie);

        await jamie.InvokeAsync<CommandAck>("Take", chat);
        var sent = await jamie.InvokeAsync<CommandAck>("SendMessage", chat, Guid.NewGuid(), "Hello, I'm Jamie.");
        await atJamie.VersionAsync(chat, sent.Version);

        Assert.Single(atJamie.Received, s => s.ConversationId == chat && s.Payload is AssignedStep);
    }
}
