using System.Diagnostics;
using System.Text.Json;
using ContactCenter.Contracts;
using ContactCenter.Contracts.Conversations;
using ContactCenter.Testing;
using Microsoft.AspNetCore.SignalR.Client;
using Xunit.Abstractions;

namespace ContactCenter.Server.Tests.Cluster;

/// <summary>
/// The backplane's redis-server goes away for ten seconds under two nodes whose customer and agent
/// chat across them, and comes back on the same port.
/// </summary>
[Collection(ClusterCollection.Name)]
public sealed class RedisOutageTests(ITestOutputHelper output)
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);
    private static readonly TimeSpan Outage = TimeSpan.FromSeconds(10);

    [Fact]
    public async Task Both_nodes_keep_serving_say_so_in_readiness_and_the_messages_sent_meanwhile_reach_the_other_node_once_in_order_after_recovery()
    {
        // Tried: a customer on node A and an agent on node B who took the chat; one message each way
        // with Redis up; Redis stops; each sends one; Redis is back after ten seconds; each sends one more.
        await using var nodes = await TwoNodes.StartAsync();
        var session = await nodes.A.StartChatAsync("Redis Outage");
        var chat = session.ConversationId!.Value;
        await using var customer = await nodes.A.CustomerHubAsync(session.CustomerToken);
        await using var agent = await ChatClients.ConnectAsync(nodes.B, ApiRoutes.AgentHub, await nodes.B.TokenAsync("jamie.agent"));
        var took = await agent.InvokeAsync<CommandAck>("Take", chat);
        var customerHolds = new ResumingChat(customer, chat, took.Version);
        var agentHolds = new ResumingChat(agent, chat, took.Version);
        var acknowledged = new SortedDictionary<long, string>();
        async Task SendAsync(HubConnection from, string text) =>
            acknowledged.Add((await from.InvokeAsync<CommandAck>("SendMessage", chat, Guid.NewGuid(), text)).Version, text);

        await SendAsync(customer, "before, from node A");
        await SendAsync(agent, "before, from node B");
        await agentHolds.HoldsAsync(acknowledged.Keys.Max(), Patience);
        await customerHolds.HoldsAsync(acknowledged.Keys.Max(), Patience);

        var outage = Stopwatch.StartNew();
        await nodes.Redis.StopAsync();
        foreach (var node in new[] { nodes.A, nodes.B })
        {
            var degraded = await ReadinessAsync(node, checks => checks["backplane"] == "Degraded");
            Assert.Equal("Degraded", degraded["redis"]);
            Assert.Equal("Healthy", degraded["postgres"]);
        }

        // Each node still takes its own clients' commands: stored, acknowledged, readable on that node.
        await SendAsync(customer, "during, from node A");
        await SendAsync(agent, "during, from node B");
        var customerReads = await customer.InvokeAsync<IReadOnlyList<ConversationEventDto>>("GetEventsSince", chat, took.Version);
        Assert.Equal(acknowledged.Values, customerReads.Select(s => s.ChatMessage()?.Text).OfType<string>());

        // The outage's length is the scenario (the ten seconds), not a wait for a result.
        if (Outage - outage.Elapsed is { Ticks: > 0 } rest)
        {
            await Task.Delay(rest);
        }

        await nodes.Redis.StartAgainAsync();
        var recovered = Stopwatch.StartNew();
        foreach (var node in new[] { nodes.A, nodes.B })
        {
            await ReadinessAsync(node, checks => checks["backplane"] == "Healthy" && checks["redis"] == "Healthy");
        }

        output.WriteLine($"The backplane was back on both nodes {recovered.Elapsed.TotalSeconds:F1} s after Redis");
        await SendAsync(customer, "after, from node A");
        await SendAsync(agent, "after, from node B");

        await agentHolds.HoldsAsync(acknowledged.Keys.Max(), Patience);
        await customerHolds.HoldsAsync(acknowledged.Keys.Max(), Patience);
        Assert.Equal(acknowledged.Values, agentHolds.Messages);
        Assert.Equal(acknowledged.Values, customerHolds.Messages);
    }

    /// <summary>Reads /health/ready until its checks satisfy <paramref name="until"/> (bounded); the checks' states by name.</summary>
    private static async Task<Dictionary<string, string>> ReadinessAsync(ServerHost node, Func<Dictionary<string, string>, bool> until)
    {
        using var patience = new CancellationTokenSource(Patience);
        while (true)
        {
            using var response = await node.Http.GetAsync(new Uri(ApiRoutes.HealthReady, UriKind.Relative), patience.Token);
            using var report = JsonDocument.Parse(await response.Content.ReadAsStringAsync(patience.Token));
            var checks = report.RootElement.GetProperty("checks").EnumerateObject()
                .ToDictionary(c => c.Name, c => c.Value.GetProperty("status").GetString()!);
            if (until(checks))
            {
                return checks;
            }

            await Task.Delay(100, patience.Token);
        }
    }
}
