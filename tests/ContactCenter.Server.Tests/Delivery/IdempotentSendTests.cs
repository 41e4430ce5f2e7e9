using System.Net;
using System.Net.Http.Json;
using ContactCenter.Contracts;
using ContactCenter.Contracts.Conversations;
using ContactCenter.Server.Tests.Scenes;
using ContactCenter.Testing;
using ContactCenter.Testing.Scenes;
using Microsoft.AspNetCore.SignalR.Client;

namespace ContactCenter.Server.Tests.Delivery;

/// <summary>A message sent again with its id after a lost acknowledgement is stored once, shown once, and acknowledged as the original.</summary>
[Collection(ChatScenes.Name)]
public sealed class IdempotentSendTests(SharedServerFixture fixture)
{
    [Fact]
    public async Task A_widget_resend_after_a_lost_acknowledgement_is_stored_and_shown_once_with_the_original_acknowledgement()
    {
        // Tried: a widget-style client (the JSON protocol on a bare WebSocket, as hub.js speaks it)
        // sends a message and its socket drops before it reads the acknowledgement; the agent answers
        // meanwhile; the widget reconnects and sends the same text with the same message id, as
        // widget.js now does while the text is retried.
        var scene = await fixture.NewSceneAsync();
        var host = scene.Host;
        var session = await scene.StartChatAsync("Lost Ack");
        var chat = session.ConversationId!.Value;
        await using var agent = await host.AgentHubAsync(await scene.TokenAsync("jamie.agent"));
        var atAgent = new StepInbox(agent);
        var taken = (await agent.InvokeAsync<CommandAck>("Take", chat)).Version;

        var messageId = Guid.NewGuid();
        await using (var widget = await ThinHubSocket.ConnectAsync(host.Address, ApiRoutes.CustomerHub, session.CustomerToken))
        {
            await widget.SendInvocationAsync("SendMessage", chat, messageId, "Is my order on its way?");
            // Stored (its push reached the agent); the widget never reads the answer.
            await atAgent.VersionAsync(chat, taken + 1);
            widget.Abort();
        }

        var reply = await agent.InvokeAsync<CommandAck>("SendMessage", chat, Guid.NewGuid(), "Let me check.");
        await using var back = await ThinHubSocket.ConnectAsync(host.Address, ApiRoutes.CustomerHub, session.CustomerToken);
        var resent = await back.InvokeAsync("SendMessage", chat, messageId, "Is my order on its way?");
        var next = await back.InvokeAsync("SendMessage", chat, Guid.NewGuid(), "Thanks!");
        await atAgent.VersionAsync(chat, next.GetProperty("version").GetInt64());

        Assert.Equal(taken + 1, resent.GetProperty("version").GetInt64());
        Assert.Equal(reply.Version + 1, next.GetProperty("version").GetInt64());
        var steps = await agent.InvokeAsync<ConversationEventDto[]>("GetEventsSince", chat, 0L);
        Assert.Single(steps, s => s.ChatMessage()?.Id == messageId);
        Assert.Single(atAgent.Received, s => s.ChatMessage()?.Id == messageId);
    }

    [Fact]
    public async Task A_rest_post_repeated_with_its_id_answers_the_original_version()
    {
        // Tried: an integrator posts over REST, loses the answer, the conversation moves on, and it posts again with the same messageId.
        var scene = await fixture.NewSceneAsync();
        var host = scene.Host;
        var session = await scene.StartChatAsync("Rest Retry");
        var chat = session.ConversationId!.Value;
        using var api = await scene.SignedInAsync("jamie.agent");
        (await api.PostAsync($"{ApiRoutes.Conversations}/{chat}/take", null)).EnsureSuccessStatusCode();
        var messageId = Guid.NewGuid();
        var request = new { text = "We shipped it today.", messageId };

        var first = await (await api.PostAsJsonAsync($"{ApiRoutes.Conversations}/{chat}/messages", request)).Content.ReadFromJsonAsync<CommandAck>();
        using var other = await api.PostAsJsonAsync($"{ApiRoutes.Conversations}/{chat}/messages", new { text = "Anything else?", messageId = Guid.NewGuid() });
        using var again = await api.PostAsJsonAsync($"{ApiRoutes.Conversations}/{chat}/messages", request);

        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.Equal(first!.Version, (await again.Content.ReadFromJsonAsync<CommandAck>())!.Version);
        var steps = await api.GetFromJsonAsync<ConversationEventDto[]>($"{ApiRoutes.Conversations}/{chat}");
        Assert.Single(steps!, s => s.Payload is MessageStep said && said.Message.Id == messageId);
    }
}
