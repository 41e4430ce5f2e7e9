using ContactCenter.Contracts.Conversations;
using ContactCenter.Domain.Access;
using ContactCenter.Domain.Agents;
using ContactCenter.Domain.Conversations;
using ContactCenter.Domain.Metrics;
using ContactCenter.Testing;
using Marten;
using Microsoft.AspNetCore.SignalR.Client;

namespace ContactCenter.Server.Tests.Storage;

/// <summary>Each inline projection keeps rows for its own streams only (docs/storage.md, rule 3).</summary>
public sealed class ProjectionFilterTests
{
    [Fact]
    public async Task Chat_messages_leave_no_presence_row_and_presence_changes_no_conversation_row()
    {
        await using var host = await ServerHost.StartAsync(s => s["ContactCenter:Limits:HubMessageBurst"] = "100");
        var session = await host.StartChatAsync("Filter Check");
        var chat = session.ConversationId!.Value;
        await using var agent = await host.AgentHubAsync(await host.TokenAsync("jamie.agent"));
        await agent.InvokeAsync<CommandAck>("Take", chat);
        await agent.InvokeAsync<object>("ChooseState", "Ready", null);
        await using var customer = await host.CustomerHubAsync(session.CustomerToken);
        for (var i = 0; i < 5; i++)
        {
            await customer.InvokeAsync<CommandAck>("SendMessage", chat, Guid.NewGuid(), $"Hello {i}");
            await agent.InvokeAsync<CommandAck>("SendMessage", chat, Guid.NewGuid(), $"Hi {i}");
        }

        await using var query = host.GetRequiredService<IDocumentStore>().QuerySession();
        var staff = (await query.Query<StaffUser>().Select(u => u.Id).ToListAsync()).ToHashSet();
        var jamie = (await query.Query<StaffUser>().SingleAsync(u => u.UserName == "jamie.agent")).Id;
        var presence = await query.Query<AgentPresence>().Select(p => p.AgentId).ToListAsync();
        Assert.Null(await query.LoadAsync<AgentPresence>(chat));
        Assert.All(presence, id => Assert.Contains(id, staff));
        Assert.Contains(jamie, presence);
        Assert.Null(await query.LoadAsync<ConversationHistory>(jamie));
        Assert.Null(await query.LoadAsync<ConversationFacts>(jamie));
        // The filters keep what the rows hold: the history still counts every message and its version every step.
        var history = await query.LoadAsync<ConversationHistory>(chat);
        Assert.Equal(10, history!.MessageCount);
        Assert.Equal((await query.Events.FetchStreamStateAsync(chat))!.Version, history.Version);
        Assert.NotNull(await query.LoadAsync<ConversationFacts>(chat));
    }
}
