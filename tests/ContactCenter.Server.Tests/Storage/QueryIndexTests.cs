using ContactCenter.Contracts;
using ContactCenter.Server.Persistence;
using ContactCenter.Testing;
using Microsoft.AspNetCore.SignalR.Client;
using Npgsql;
using Xunit.Abstractions;

namespace ContactCenter.Server.Tests.Storage;

/// <summary>
/// Every read of conversations, presence and analytics facts that the router, the inbox, the
/// waiting list, queue positions, analytics and the API's list send can be served by an index
/// (docs/storage.md, "Indexes"). The statements are the server's own, caught as it sends them; each
/// is planned generically with sequential scans priced out, so the test holds at any table size
/// (it proves an index fits each filter, not that PostgreSQL prefers it on a near-empty table).
/// </summary>
public sealed class QueryIndexTests(ITestOutputHelper output)
{
    private static readonly string[] Tables = ["mt_doc_conversationhistory", "mt_doc_agentpresence", "mt_doc_conversationfacts"];

    [Fact]
    public async Task No_read_of_the_hot_tables_scans_a_whole_table()
    {
        await using var host = await ServerHost.StartAsync();
        var schema = host.GetRequiredService<DatabaseConnection>().Schema;
        using var statements = new SchemaStatements(schema);
        var first = await host.StartChatAsync("Index One");
        await host.StartChatAsync("Index Two");
        await using var agent = await host.AgentHubAsync(await host.TokenAsync("jamie.agent"));
        await agent.InvokeAsync<object>("GetInbox");
        await agent.InvokeAsync<object>("GetWaiting");
        await agent.InvokeAsync<object>("GetMyAnalytics", "7d");
        await agent.InvokeAsync<object>("ChooseState", "Ready", null);
        await using (var customer = await host.CustomerHubAsync(first.CustomerToken))
        {
            await customer.InvokeAsync<object>("GetQueuePosition", first.ConversationId!.Value);
        }

        foreach (var user in new[] { "jamie.agent", "sam.supervisor" })
        {
            using var api = await host.SignedInAsync(user);
            (await api.GetAsync($"{ApiRoutes.Conversations}?status=queued")).EnsureSuccessStatusCode();
        }

        using (var supervisor = await host.SignedInAsync("sam.supervisor"))
        {
            (await supervisor.GetAsync($"{ApiRoutes.TeamAnalytics}?period=7d")).EnsureSuccessStatusCode();
        }

        // The router's round (present agents, their loads, sticky agents) and its sweep of due offers.
        await statements.SeenAsync(s => s.Contains("OfferExpiresAt", StringComparison.Ordinal));
        await statements.SeenAsync(s => s.Contains("mt_doc_agentpresence", StringComparison.Ordinal) && s.Contains("'State'", StringComparison.Ordinal));

        var reads = statements.Seen.Where(s => s.StartsWith("select", StringComparison.OrdinalIgnoreCase) && Tables.Any(t => s.Contains($"{schema}.{t} ", StringComparison.Ordinal))).ToList();
        await using var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder((await TestPostgres.GetAsync()).ConnectionString) { Pooling = false }.ConnectionString);
        await connection.OpenAsync();
        var scans = new List<string>();
        foreach (var read in reads)
        {
            var plan = await QueryPlans.GenericPlanAsync(connection, read);
            output.WriteLine($"{read}\n{plan}\n");
            if (plan.Contains("Seq Scan", StringComparison.Ordinal))
            {
                scans.Add(read);
            }
        }

        // The reads this test is about were all caught: waiting (queue, status, rank),
        // speed of answer, offers, an agent's own, present agents and an agent's facts.
        Assert.Contains(reads, r => r.Contains("'RankedAt'", StringComparison.Ordinal));
        Assert.Contains(reads, r => r.Contains("answered_at", StringComparison.Ordinal));
        Assert.Contains(reads, r => r.Contains("'OfferedTo'", StringComparison.Ordinal));
        Assert.Contains(reads, r => r.Contains("'AgentId'", StringComparison.Ordinal));
        Assert.Contains(reads, r => r.Contains("mt_doc_conversationfacts as d where", StringComparison.Ordinal));
        Assert.Contains(reads, r => r.Contains("settled_at", StringComparison.Ordinal));
        Assert.Empty(scans);
    }
}
