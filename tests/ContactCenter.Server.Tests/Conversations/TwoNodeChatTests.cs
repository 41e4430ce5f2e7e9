using ContactCenter.Contracts;
using ContactCenter.Contracts.Conversations;
using ContactCenter.Testing;
using Microsoft.AspNetCore.SignalR.Client;

namespace ContactCenter.Server.Tests.Conversations;

/// <summary>Two server nodes sharing PostgreSQL and a real Redis backplane, as behind a load balancer.</summary>
public sealed class TwoNodeChatTests
{
    [Fact]
    public async Task A_customer_on_one_node_and_an_agent_on_the_other_chat_live()
    {
        await using var nodes = await TwoNodes.StartAsync();
        var (nodeA, nodeB) = (nodes.A, nodes.B);
        var session = await nodeA.StartChatAsync("Cross Node");
        var chat = session.ConversationId!.Value;
        await using var customer = await nodeA.CustomerHubAsync(session.CustomerToken);
        var customerSees = new StepInbox(customer);
        await using var agent = await ChatClients.ConnectAsync(nodeB, ApiRoutes.AgentHub, await nodeB.TokenAsync("jamie.agent"));
        var agentSees = new StepInbox(agent);
        await agent.InvokeAsync<CommandAck>("Take", chat);

        var asked = await customer.InvokeAsync<CommandAck>("SendMessage", chat, Guid.NewGuid(), "Sent on node A");
        var answered = await agent.InvokeAsync<CommandAck>("SendMessage", chat, Guid.NewGuid(), "Answered from node B");

        Assert.Equal("Sent on node A", (await agentSees.VersionAsync(chat, asked.Version)).ChatMessage()!.Text);
        Assert.Equal("Answered from node B", (await customerSees.VersionAsync(chat, answered.Version)).ChatMessage()!.Text);
    }
}
