using ContactCenter.Contracts.Conversations;
using ContactCenter.Server.Persistence;
using ContactCenter.Testing;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.Extensions.Logging;
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
        output.WriteLine($"Per customer message: {statements:0.##} statements, {roundTrips:0.##} round trips, {connections:0.##} pooled connections taken");
        foreach (var sql in recorder.Sql.Take(recorder.RoundTrips / Measured * 2))
        {
            output.WriteLine(sql);
        }

        // Every message was stored, each under its own hub invocation.
        Assert.Equal(taken + WarmUp + Measured, last);
        Assert.Equal(Measured, recorder.Invocations);
        // Measured before the changes of issue 15: 11 statements, 7 round trips, 6 connections (each reset).
        Assert.True(statements <= 11, $"{statements} statements per message");
        Assert.True(roundTrips <= 7, $"{roundTrips} round trips per message");
        Assert.True(connections <= 6, $"{connections} connections per message");
    }
}
