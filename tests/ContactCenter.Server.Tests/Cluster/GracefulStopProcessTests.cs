using System.Diagnostics;
using ContactCenter.Contracts;
using ContactCenter.Contracts.Agents;
using ContactCenter.Contracts.Realtime;
using ContactCenter.Testing;
using Microsoft.AspNetCore.SignalR.Client;
using Xunit.Abstractions;

namespace ContactCenter.Server.Tests.Cluster;

/// <summary>
/// SIGTERM to a real node process with desks connected through the proxy, each reconnecting at once
/// when dropped (as the real desk does): the stop once waited out the whole 30 s host timeout while
/// they reconnected to the stopping node, as long as the presence grace.
/// </summary>
[Collection(ClusterCollection.Name)]
public sealed class GracefulStopProcessTests(ITestOutputHelper output)
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task A_node_under_SIGTERM_exits_within_seconds_and_its_agents_go_on_Ready_on_the_other_node()
    {
        // Tried: node1 (a process) serves three Ready desks pinned to it; node2 runs in this process;
        // node1 gets SIGTERM.
        await using var redis = await TestRedis.StartAsync();
        var settings = await ServerHost.DefaultSettingsAsync();
        settings["ConnectionStrings:Redis"] = redis.ConnectionString;
        settings["ContactCenter:Redis:ChannelPrefix"] = $"term-{Guid.NewGuid():N}";
        await using var stopping = await ServerProcess.StartAsync(settings);
        await using var staying = await ServerHost.StartAsync(s =>
        {
            foreach (var (key, value) in settings)
            {
                s[key] = value;
            }
        });
        await using var proxy = await TestProxy.StartAsync(stopping.Address.Port, staying.Address.Port);
        var desks = new List<HubConnection>();
        try
        {
            foreach (var agent in new[] { "jamie.agent", "alex.agent", "sasha.senior" })
            {
                var desk = await ClusterClients.ConnectAsync(proxy, ApiRoutes.AgentHub, await staying.TokenAsync(agent), "node1");
                desks.Add(desk);
                await desk.InvokeAsync<AgentPresenceDto>(nameof(IAgentHub.ChooseState), "Ready", null);
            }

            var moved = desks.Select(d => d.ConnectedAfterDropAsync(Patience)).ToList();
            var stop = Stopwatch.StartNew();
            stopping.Signal("TERM");
            await stopping.WaitForExitAsync(Patience);
            stop.Stop();
            output.WriteLine($"The node stopped {stop.Elapsed.TotalSeconds:F1} s after SIGTERM");
            await Task.WhenAll(moved);

            // Generous for two busy cores; the old stop took over 30 s.
            Assert.True(stop.Elapsed < TimeSpan.FromSeconds(12), $"The stop took {stop.Elapsed}.");
            foreach (var desk in desks)
            {
                Assert.Equal("Ready", (await desk.InvokeAsync<AgentPresenceDto>(nameof(IAgentHub.GetMyPresence))).State);
            }
        }
        finally
        {
            foreach (var desk in desks)
            {
                await desk.DisposeAsync();
            }
        }
    }
}
