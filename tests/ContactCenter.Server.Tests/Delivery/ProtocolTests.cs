using System.Text.Json;
using ContactCenter.Client.Realtime;
using ContactCenter.Contracts;
using ContactCenter.Contracts.Agents;
using ContactCenter.Contracts.Conversations;
using ContactCenter.Contracts.Desk;
using ContactCenter.Server.Features.Agents.Presence;
using ContactCenter.Server.Tests.Scenes;
using ContactCenter.Testing;
using ContactCenter.Testing.Scenes;
using Microsoft.AspNetCore.Http.Connections;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.Extensions.DependencyInjection;

namespace ContactCenter.Server.Tests.Delivery;

/// <summary>What integrators connect with: the binary protocol, and stateful reconnect through negotiation.</summary>
[Collection(ChatScenes.Name)]
public sealed class ProtocolTests(SharedServerFixture fixture)
{
    [Fact]
    public async Task MessagePack_clients_connect_to_both_hubs_and_get_the_same_steps_as_json_clients()
    {
        // Tried: a customer and an agent connect with the MessagePack protocol, chat, and read
        // back steps, the inbox and presence; each answer must equal the JSON client's, field by
        // field (dates with their offsets, nullable fields, nested records and lists).
        var scene = await fixture.NewSceneAsync();
        var host = scene.Host;
        var session = await scene.StartChatAsync("Binary Customer");
        var chat = session.ConversationId!.Value;
        var agentToken = await scene.TokenAsync("jamie.agent");
        await using var agent = await MessagePackAsync(host, ApiRoutes.AgentHub, agentToken, "GetMyAccess");
        await using var customer = await MessagePackAsync(host, ApiRoutes.CustomerHub, session.CustomerToken, "GetMyConversations");
        await using var jsonAgent = await host.AgentHubAsync(agentToken);
        var atAgent = new StepInbox(agent);
        var atCustomer = new StepInbox(customer);

        var atJsonAgent = new StepInbox(jsonAgent);
        var taken = await agent.InvokeAsync<CommandAck>("Take", chat);
        await jsonAgent.InvokeAsync<ConversationEventDto[]>("GetEventsSince", chat, 0L);
        var sent = await customer.InvokeAsync<CommandAck>("SendMessage", chat, Guid.NewGuid(), "Grüße — naïve café ✓");
        var pushedToAgent = await atAgent.VersionAsync(chat, sent.Version);
        var pushedToCustomer = await atCustomer.VersionAsync(chat, sent.Version);

        Assert.Equal(taken.Version + 1, sent.Version);
        Assert.IsType<MessageStep>(pushedToAgent.Payload);
        Assert.Equal("Grüße — naïve café ✓", pushedToCustomer.ChatMessage()!.Text);
        var binary = await agent.InvokeAsync<ConversationEventDto[]>("GetEventsSince", chat, 0L);
        var json = await jsonAgent.InvokeAsync<ConversationEventDto[]>("GetEventsSince", chat, 0L);
        Assert.Equal(json, binary);
        // A push carries the command's own time to the tick, a read the store's: compare pushes with pushes.
        Assert.Equal(await atJsonAgent.VersionAsync(chat, sent.Version), pushedToAgent);
        Assert.Equal(Json(await jsonAgent.InvokeAsync<InboxItemDto[]>("GetInbox")), Json(await agent.InvokeAsync<InboxItemDto[]>("GetInbox")));
        Assert.Equal(Json(await jsonAgent.InvokeAsync<AgentPresenceDto>("GetMyPresence")), Json(await agent.InvokeAsync<AgentPresenceDto>("GetMyPresence")));
        var position = await customer.InvokeAsync<QueuePositionDto?>("GetQueuePosition", chat);
        Assert.Null(position);
    }

    [Fact]
    public async Task The_typed_client_negotiates_stateful_reconnect()
    {
        // Tried: the typed client the desk and integrators use; the server's side of its
        // connection must carry stateful reconnect (it is silently off when negotiation is skipped).
        var scene = await fixture.NewSceneAsync();
        var host = scene.Host;
        var token = await scene.TokenAsync("jamie.agent");
        await using var client = new AgentChatClient(host.Address, () => Task.FromResult<string?>(token));
        await client.StartAsync();
        await client.GetMyPresenceAsync();

        var connection = Assert.Single(host.GetRequiredService<ConnectedStaff>().All);
        // By name: the feature's interface is marked as a preview API.
        Assert.Contains(connection.Context.Features, f => f.Key.Name == "IStatefulReconnectFeature");
    }

    private static string Json<T>(T value) => JsonSerializer.Serialize(value);

    private static async Task<HubConnection> MessagePackAsync(ServerHost host, string hub, string token, string firstCall)
    {
        var connection = new HubConnectionBuilder()
            .WithUrl(new Uri(host.Address, hub), options =>
            {
                options.AccessTokenProvider = () => Task.FromResult<string?>(token);
                options.Transports = HttpTransportType.WebSockets;
            })
            // As an integrator does: the binary protocol names a step's kind through this resolver.
            .AddMessagePackProtocol(StepPayloadMessagePack.Configure)
            .Build();
        await connection.StartAsync();
        // One round trip: the server joined this connection's groups before answering.
        await connection.InvokeAsync<object>(firstCall);
        return connection;
    }
}
