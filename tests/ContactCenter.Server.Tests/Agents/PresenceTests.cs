using ContactCenter.Contracts;
using ContactCenter.Contracts.Agents;
using ContactCenter.Server.Tests.Scenes;
using ContactCenter.Testing;
using ContactCenter.Testing.Scenes;
using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.Client;

namespace ContactCenter.Server.Tests.Agents;

[Collection(RoutingScenes.Name)]
public sealed class PresenceTests(SharedServerFixture fixture)
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(10);

    [Fact]
    public async Task A_state_chosen_in_one_tab_reaches_the_agents_other_tabs_and_the_supervisors()
    {
        await using var host = await ServerHost.StartAsync();
        await using var tab1 = await ChatClients.ConnectAsync(host, ApiRoutes.AgentHub, await host.TokenAsync("alex.agent"));
        await using var tab2 = await ChatClients.ConnectAsync(host, ApiRoutes.AgentHub, await host.TokenAsync("alex.agent"));
        await using var supervisor = await ChatClients.ConnectAsync(host, ApiRoutes.AgentHub, await host.TokenAsync("sam.supervisor"));
        var otherTab = NextPresenceAsync(tab2);
        var wallboard = NextPresenceAsync(supervisor);

        var chosen = await tab1.InvokeAsync<AgentPresenceDto>("ChooseState", "NotReady", "lunch");

        Assert.Equal(("NotReady", "lunch"), (chosen.State, chosen.ReasonCodeId));
        var seen = await otherTab.WaitAsync(Patience);
        Assert.Equal((chosen.State, chosen.ReasonCodeId, chosen.Version), (seen.State, seen.ReasonCodeId, seen.Version));
        Assert.Equal(chosen.AgentId, (await wallboard.WaitAsync(Patience)).AgentId);
        Assert.Equal("NotReady", (await tab2.InvokeAsync<AgentPresenceDto>("GetMyPresence")).State);
    }

    [Theory]
    [InlineData("Busy", null, "busy-is-automatic")]
    [InlineData("NotReady", null, "reason-required")]
    [InlineData("NotReady", "missed-offer", "unknown-reason")]
    [InlineData("NotReady", "nap", "unknown-reason")]
    [InlineData("Asleep", null, "unknown-state")]
    public async Task States_an_agent_may_not_choose_are_refused_with_a_code(string state, string? reason, string code)
    {
        var scene = await fixture.NewSceneAsync();
        var host = scene.Host;
        await using var agent = await ChatClients.ConnectAsync(host, ApiRoutes.AgentHub, await scene.TokenAsync("alex.agent"));

        var refused = await Assert.ThrowsAsync<HubException>(() => agent.InvokeAsync<AgentPresenceDto>("ChooseState", state, reason));

        Assert.Contains($"{code}: ", refused.Message, StringComparison.Ordinal);
        Assert.Equal("Offline", (await agent.InvokeAsync<AgentPresenceDto>("GetMyPresence")).State);
    }

    [Fact]
    public async Task An_agent_sets_a_channels_capacity_within_the_limits()
    {
        var scene = await fixture.NewSceneAsync();
        var host = scene.Host;
        await using var agent = await ChatClients.ConnectAsync(host, ApiRoutes.AgentHub, await scene.TokenAsync("alex.agent"));

        var set = await agent.InvokeAsync<AgentPresenceDto>("SetChannel", "Chat", true, 5);
        var tooMany = await Assert.ThrowsAsync<HubException>(() => agent.InvokeAsync<AgentPresenceDto>("SetChannel", "Chat", true, 25));

        Assert.Equal(new ChannelStateDto("Chat", true, 5), Assert.Single(set.Channels));
        Assert.Contains("capacity-out-of-range: ", tooMany.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_agent_goes_offline_only_after_every_tab_has_been_gone_for_the_grace_period()
    {
        // Tried: two tabs; one closes (the agent must stay ready), then the other (offline after the grace).
        await using var host = await ServerHost.StartAsync(s =>
        {
            s["ContactCenter:Presence:Grace"] = "00:00:02";
            s["ContactCenter:Presence:Heartbeat"] = "00:00:00.400";
        });
        var token = await host.TokenAsync("alex.agent");
        var tab1 = await ChatClients.ConnectAsync(host, ApiRoutes.AgentHub, token);
        var tab2 = await ChatClients.ConnectAsync(host, ApiRoutes.AgentHub, token);
        await tab1.InvokeAsync<AgentPresenceDto>("ChooseState", "Ready", null);
        await using var supervisor = await ChatClients.ConnectAsync(host, ApiRoutes.AgentHub, await host.TokenAsync("sam.supervisor"));
        var wentOffline = new TaskCompletionSource<DateTimeOffset>(TaskCreationOptions.RunContinuationsAsynchronously);
        supervisor.On<AgentPresenceDto>("PresenceChanged", p =>
        {
            if (p.State == "Offline") wentOffline.TrySetResult(DateTimeOffset.UtcNow);
        });

        await tab1.DisposeAsync();
        // Twice the grace: long enough for the router to have swept several times.
        await Task.WhenAny(wentOffline.Task, Task.Delay(TimeSpan.FromSeconds(4)));
        Assert.False(wentOffline.Task.IsCompleted, "The agent went offline while a tab was still open.");
        Assert.Equal("Ready", (await tab2.InvokeAsync<AgentPresenceDto>("GetMyPresence")).State);

        var closedAt = DateTimeOffset.UtcNow;
        await tab2.DisposeAsync();
        var offlineAt = await wentOffline.Task.WaitAsync(Patience);

        Assert.InRange(offlineAt - closedAt, TimeSpan.FromSeconds(2), TimeSpan.FromSeconds(8));
    }

    private static Task<AgentPresenceDto> NextPresenceAsync(HubConnection connection)
    {
        var next = new TaskCompletionSource<AgentPresenceDto>(TaskCreationOptions.RunContinuationsAsynchronously);
        connection.On<AgentPresenceDto>("PresenceChanged", p => next.TrySetResult(p));
        return next.Task;
    }
}
