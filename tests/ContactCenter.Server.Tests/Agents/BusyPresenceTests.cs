using System.Threading.Channels;
using ContactCenter.Contracts;
using ContactCenter.Contracts.Agents;
using ContactCenter.Contracts.Conversations;
using ContactCenter.Server.Tests.Scenes;
using ContactCenter.Testing;
using ContactCenter.Testing.Scenes;
using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.Client;

namespace ContactCenter.Server.Tests.Agents;

/// <summary>Busy set by the system, through the running server: the agent's own screens and the supervisors see it come and go.</summary>
[Collection(RoutingScenes.Name)]
public sealed class BusyPresenceTests(SharedServerFixture fixture)
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(15);

    [Fact]
    public async Task An_agent_at_capacity_shows_busy_to_themselves_and_supervisors_and_ready_again_when_the_chat_ends()
    {
        var scene = await fixture.NewSceneAsync();
        var host = scene.Host;
        await using var supervisor = await ChatClients.ConnectAsync(host, ApiRoutes.AgentHub, await scene.TokenAsync("sam.supervisor"));
        var supervisorSees = PresencesOf(supervisor);
        await using var jamie = await ChatClients.ConnectAsync(host, ApiRoutes.AgentHub, await scene.TokenAsync("jamie.agent"));
        var jamieSees = PresencesOf(jamie);
        var offered = new TaskCompletionSource<Guid>(TaskCreationOptions.RunContinuationsAsynchronously);
        jamie.On<ConversationEventDto>("ConversationEvent", step =>
        {
            if (step.Payload is OfferedStep offer && offer.AgentName == "Jamie Agent") offered.TrySetResult(step.ConversationId);
        });
        await jamie.InvokeAsync<AgentPresenceDto>("SetChannel", "Chat", true, 1);
        await jamie.InvokeAsync<AgentPresenceDto>("ChooseState", "Ready", null);

        // The offer alone reserves Jamie's one seat.
        var chat = (await scene.StartChatAsync("Fills the seat")).ConversationId!.Value;
        Assert.Equal(chat, await offered.Task.WaitAsync(Patience));

        var busy = await NextAsync(jamieSees, p => p.State == "Busy");
        Assert.Equal(new ChannelStateDto("Chat", true, 1, Busy: true), Assert.Single(busy.Channels));
        Assert.Equal(busy.Version, (await NextAsync(supervisorSees, p => p.AgentId == busy.AgentId && p.State == "Busy")).Version);
        Assert.Equal("Busy", (await jamie.InvokeAsync<AgentPresenceDto>("GetMyPresence")).State);

        await jamie.InvokeAsync<CommandAck>("AcceptOffer", chat);
        await jamie.InvokeAsync<CommandAck>("End", chat);

        var ready = await NextAsync(jamieSees, p => p.State == "Ready");
        Assert.Equal(new ChannelStateDto("Chat", true, 1, Busy: false), Assert.Single(ready.Channels));
        Assert.True(ready.Version > busy.Version);
        Assert.True(Assert.Single((await NextAsync(supervisorSees, p => p.AgentId == ready.AgentId && p.Version == ready.Version)).Channels).Ready);
    }

    [Fact]
    public async Task An_agent_cannot_choose_busy_and_choosing_ready_while_busy_keeps_them_busy()
    {
        // Tried: the agent asks for busy themselves, and asks for ready while at capacity.
        var scene = await fixture.NewSceneAsync();
        var host = scene.Host;
        await using var jamie = await ChatClients.ConnectAsync(host, ApiRoutes.AgentHub, await scene.TokenAsync("jamie.agent"));
        var jamieSees = PresencesOf(jamie);
        await jamie.InvokeAsync<AgentPresenceDto>("SetChannel", "Chat", true, 1);
        await jamie.InvokeAsync<AgentPresenceDto>("ChooseState", "Ready", null);

        var refused = await Assert.ThrowsAsync<HubException>(() => jamie.InvokeAsync<AgentPresenceDto>("ChooseState", "Busy", null));
        await scene.StartChatAsync("Fills the seat");
        var busy = await NextAsync(jamieSees, p => p.State == "Busy");
        var again = await jamie.InvokeAsync<AgentPresenceDto>("ChooseState", "Ready", null);

        Assert.Contains("busy-is-automatic", refused.Message, StringComparison.Ordinal);
        Assert.Equal(("Busy", busy.Version), (again.State, again.Version));
    }

    private static Channel<AgentPresenceDto> PresencesOf(HubConnection connection)
    {
        var pushes = Channel.CreateUnbounded<AgentPresenceDto>();
        connection.On<AgentPresenceDto>("PresenceChanged", p => pushes.Writer.TryWrite(p));
        return pushes;
    }

    // The next push that matches, skipping earlier ones (the agent's own choices come first).
    private static async Task<AgentPresenceDto> NextAsync(Channel<AgentPresenceDto> pushes, Func<AgentPresenceDto, bool> matches)
    {
        using var deadline = new CancellationTokenSource(Patience);
        while (true)
        {
            var push = await pushes.Reader.ReadAsync(deadline.Token);
            if (matches(push))
            {
                return push;
            }
        }
    }
}
