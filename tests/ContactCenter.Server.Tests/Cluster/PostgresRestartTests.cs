using System.Diagnostics;
using System.Text.Json;
using ContactCenter.Contracts;
using ContactCenter.Contracts.Conversations;
using ContactCenter.Server.Features.Routing;
using ContactCenter.Testing;
using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.Client;
using Xunit.Abstractions;
using static ContactCenter.Server.Tests.Routing.RoutingAgents;

namespace ContactCenter.Server.Tests.Cluster;

/// <summary>
/// The node's PostgreSQL (a private cluster of this test, so no other test loses its database) is
/// stopped and started again on the same port while a customer and an agent chat.
/// </summary>
[Collection(ClusterCollection.Name)]
public sealed class PostgresRestartTests(ITestOutputHelper output)
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task A_send_during_the_outage_fails_with_a_retryable_error_and_after_the_restart_the_retry_lands_once_and_routing_goes_on()
    {
        // Tried: Jamie took a chat; PostgreSQL stops (fast shutdown, as a restart or failover does); the
        // customer sends; PostgreSQL starts again; the customer sends the same message again (same id);
        // then a new chat starts.
        await using var cluster = await PrivatePostgres.StartAsync("pg-restart");
        await using var node = await ServerHost.StartAsync(s => s["ConnectionStrings:Postgres"] = cluster.ConnectionString);
        var leadership = node.GetRequiredService<RouterLeadership>();
        await leadership.WhenAsync(e => e is not null).WaitAsync(Patience);
        await using var agent = await ReadyAgentAsync(node, "jamie.agent", capacity: 2);
        var session = await node.StartChatAsync("Database Restart");
        var chat = session.ConversationId!.Value;
        var took = await agent.InvokeAsync<CommandAck>("Take", chat);
        await using var customer = await node.CustomerHubAsync(session.CustomerToken);
        var agentHolds = new ResumingChat(agent, chat, took.Version);
        var before = await customer.InvokeAsync<CommandAck>("SendMessage", chat, Guid.NewGuid(), "before the restart");

        await cluster.StopAsync();
        var outage = Stopwatch.StartNew();
        await ReadinessAsync(node, "Unhealthy");
        var messageId = Guid.NewGuid();
        var refused = await Assert.ThrowsAsync<HubException>(() => customer.InvokeAsync<CommandAck>("SendMessage", chat, messageId, "during the restart"));
        Assert.Contains($"{StoreUnavailableCode}: The database cannot be reached", refused.Message, StringComparison.Ordinal);

        await cluster.StartAgainAsync();
        await ReadinessAsync(node, "Healthy");
        output.WriteLine($"PostgreSQL was away {outage.Elapsed.TotalSeconds:F1} s");
        var retried = await customer.InvokeAsync<CommandAck>("SendMessage", chat, messageId, "during the restart");
        var again = await customer.InvokeAsync<CommandAck>("SendMessage", chat, messageId, "during the restart");

        Assert.Equal(retried, again);
        await agentHolds.HoldsAsync(retried.Version, Patience);
        Assert.Equal(["before the restart", "during the restart"], agentHolds.Messages);
        Assert.Equal(before.Version + 1, retried.Version);

        var offered = FirstOfferAsync(agent);
        var next = (await node.StartChatAsync("After The Restart")).ConversationId!.Value;
        Assert.Equal(next, (await offered.WaitAsync(Patience)).ConversationId);
    }

    private const string StoreUnavailableCode = "unavailable";

    private static async Task ReadinessAsync(ServerHost node, string postgres)
    {
        using var patience = new CancellationTokenSource(Patience);
        while (true)
        {
            using var response = await node.Http.GetAsync(new Uri(ApiRoutes.HealthReady, UriKind.Relative), patience.Token);
            using var report = JsonDocument.Parse(await response.Content.ReadAsStringAsync(patience.Token));
            if (report.RootElement.GetProperty("checks").GetProperty("postgres").GetProperty("status").GetString() == postgres)
            {
                return;
            }

            await Task.Delay(100, patience.Token);
        }
    }
}
