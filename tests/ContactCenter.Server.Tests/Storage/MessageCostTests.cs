using ContactCenter.Contracts.Conversations;
using ContactCenter.Server.Persistence;
using ContactCenter.Testing;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.Extensions.Logging;
using Npgsql;
using Xunit.Abstractions;

namespace ContactCenter.Server.Tests.Storage;

/// <summary>
/// The database work one customer message costs on the hot path (docs/storage.md, "The message
/// path"), counted with Npgsql's own instrumentation after warm-up, in a chat an agent has taken.
/// </summary>
public sealed class MessageCostTests(ITestOutputHelper output)
{
    private const int WarmUp = 10;
    private const int Measured = 40;

    [Fact]
    public async Task A_customer_message_costs_at_most_its_measured_statements_round_trips_and_connections()
    {
        await using var host = await ServerHost.StartAsync(s =>
        {
            s["ContactCenter:Limits:HubMessageBurst"] = "1000";
            // Npgsql's connection log feeds the count; the console stays as quiet as in other tests.
            s["Logging:LogLevel:Npgsql.Connection"] = "Debug";
            s["Logging:LogLevel:Npgsql.Transaction"] = "Debug";
            s["Logging:Console:LogLevel:Npgsql"] = "Warning";
        });
        var session = await host.StartChatAsync("Cost Counter");
        var chat = session.ConversationId!.Value;
        await using var agent = await host.AgentHubAsync(await host.TokenAsync("jamie.agent"));
        var taken = (await agent.InvokeAsync<CommandAck>("Take", chat)).Version;
        await using var customer = await host.CustomerHubAsync(session.CustomerToken);
        using var recorder = new SqlRecorder(host.GetRequiredService<DatabaseConnection>().Schema, "SendMessage");
        host.GetRequiredService<ILoggerFactory>().AddProvider(recorder);

        for (var i = 0; i < WarmUp; i++)
        {
            await customer.InvokeAsync<CommandAck>("SendMessage", chat, Guid.NewGuid(), $"Warming up {i}");
        }

        recorder.Start();
        long last = 0;
        for (var i = 0; i < Measured; i++)
        {
            last = (await customer.InvokeAsync<CommandAck>("SendMessage", chat, Guid.NewGuid(), $"Where is my order? ({i})")).Version;
        }

        recorder.Stop();
        var statements = (double)recorder.Statements / Measured;
        var roundTrips = (double)recorder.RoundTrips / Measured;
        var connections = (double)recorder.ConnectionsTaken / Measured;
        // Npgsql resets a pooled connection ahead of its next use unless told not to.
        var pool = new NpgsqlConnectionStringBuilder(host.GetRequiredService<NpgsqlDataSource>().ConnectionString);
        var resets = pool.NoResetOnClose ? 0 : connections;
        output.WriteLine($"Per customer message: {statements:0.##} statements, {roundTrips:0.##} round trips, {connections:0.##} pooled connections taken, {resets:0.##} resets");
        foreach (var sql in recorder.Sql.Take(recorder.RoundTrips / Measured * 2))
        {
            output.WriteLine(sql);
        }

        // Every message was stored, each under its own hub invocation.
        Assert.Equal(taken + WarmUp + Measured, last);
        Assert.Equal(Measured, recorder.Invocations);
        // Measured before issue 15: 11 statements, 7 round trips, 6 connections and 6 resets per
        // message. Now: the customer's two reads in one batch, the write on one connection, the inline
        // projections filtered by event type, and no reset (docs/storage.md, "Connections"); then
        // the chat's own row no longer read for the access check once this node knows its owner.
        Assert.True(statements <= 8, $"{statements} statements per message");
        Assert.True(roundTrips <= 5, $"{roundTrips} round trips per message");
        Assert.True(connections <= 2, $"{connections} connections per message");
        Assert.Equal(0, resets);
        Assert.True(pool.MaxAutoPrepare > 0, "The hot path's statements are prepared.");
    }
}
