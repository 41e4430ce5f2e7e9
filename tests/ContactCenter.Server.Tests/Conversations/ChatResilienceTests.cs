using ContactCenter.Contracts;
using ContactCenter.Contracts.Conversations;
using ContactCenter.Server.Tests.Scenes;
using ContactCenter.Testing;
using ContactCenter.Testing.Scenes;
using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.Client;

namespace ContactCenter.Server.Tests.Conversations;

/// <summary>Nothing typed by either side is lost: across a dropped connection, a server restart, and bad input.</summary>
[Collection(ChatScenes.Name)]
public sealed class ChatResilienceTests(SharedServerFixture fixture)
{
    [Fact]
    public async Task A_customer_who_reconnects_gets_every_missed_message_once_and_in_order()
    {
        var scene = await fixture.NewSceneAsync();
        var host = scene.Host;
        var session = await scene.StartChatAsync("Dropped Connection");
        var chat = session.ConversationId!.Value;
        await using var agent = await ChatClients.ConnectAsync(host, ApiRoutes.AgentHub, await scene.TokenAsync("jamie.agent"));
        var lastSeen = (await agent.InvokeAsync<CommandAck>("Take", chat)).Version;
        var customer = await host.CustomerHubAsync(session.CustomerToken);
        await customer.DisposeAsync();

        var sent = new List<string>();
        for (var i = 1; i <= 5; i++)
        {
            sent.Add($"Update {i} while you were away");
            await agent.InvokeAsync<CommandAck>("SendMessage", chat, Guid.NewGuid(), sent[^1]);
        }

        await using var back = await host.CustomerHubAsync(session.CustomerToken);
        var missed = await back.InvokeAsync<ConversationEventDto[]>("GetEventsSince", chat, lastSeen);

        Assert.Equal(sent, missed.Select(s => s.ChatMessage()!.Text));
        Assert.Equal(Enumerable.Range((int)lastSeen + 1, 5).Select(v => (long)v), missed.Select(s => s.Version));
    }

    [Fact]
    public async Task A_server_restart_loses_nothing_that_was_acknowledged()
    {
        var schema = $"restart_{Guid.NewGuid():N}"[..20];
        void SameDatabase(IDictionary<string, string?> s) => s["ContactCenter:Database:Schema"] = schema;
        CustomerSession session;
        var acknowledged = new List<string>();
        await using (var before = await ServerHost.StartAsync(SameDatabase))
        {
            session = await before.StartChatAsync("Restart Survivor");
            await using var customer = await before.CustomerHubAsync(session.CustomerToken);
            for (var i = 1; i <= 3; i++)
            {
                await customer.InvokeAsync<CommandAck>("SendMessage", session.ConversationId!.Value, Guid.NewGuid(), $"Message {i}");
                acknowledged.Add($"Message {i}");
            }
        }

        await using var after = await ServerHost.StartAsync(SameDatabase);
        // The customer's token was issued by the first process: keys live in the database.
        await using var reconnected = await after.CustomerHubAsync(session.CustomerToken);
        var steps = await reconnected.InvokeAsync<ConversationEventDto[]>("GetEventsSince", session.ConversationId!.Value, 0L);

        Assert.Equal(acknowledged, steps.Select(s => s.Payload).OfType<MessageStep>().Select(said => said.Message.Text));
    }

    [Theory]
    [InlineData("<script>alert('pwned')</script>")]
    [InlineData("<img src=x onerror=\"alert('pwned')\">")]
    [InlineData("Look at https://example.com/track?id=1&x=<b>2</b>")]
    public async Task Markup_is_stored_and_delivered_as_the_text_typed(string text)
    {
        // Tried: script and event-handler markup from both sides; the server neither runs nor rewrites it.
        var scene = await fixture.NewSceneAsync();
        var host = scene.Host;
        var session = await scene.StartChatAsync("Markup Tester");
        var chat = session.ConversationId!.Value;
        await using var customer = await host.CustomerHubAsync(session.CustomerToken);
        await using var agent = await ChatClients.ConnectAsync(host, ApiRoutes.AgentHub, await scene.TokenAsync("jamie.agent"));
        await agent.InvokeAsync<CommandAck>("Take", chat);

        await customer.InvokeAsync<CommandAck>("SendMessage", chat, Guid.NewGuid(), text);
        await agent.InvokeAsync<CommandAck>("SendMessage", chat, Guid.NewGuid(), text);

        var steps = await agent.InvokeAsync<ConversationEventDto[]>("GetEventsSince", chat, 0L);
        Assert.Equal([text, text], steps.Select(s => s.Payload).OfType<MessageStep>().Select(said => said.Message.Text));
    }

    [Fact]
    public async Task An_over_long_message_is_refused_clearly_and_the_conversation_goes_on()
    {
        var scene = await fixture.NewSceneAsync();
        var host = scene.Host;
        var session = await scene.StartChatAsync("Long Writer");
        var chat = session.ConversationId!.Value;
        await using var customer = await host.CustomerHubAsync(session.CustomerToken);
        var before = await customer.InvokeAsync<CommandAck>("SendMessage", chat, Guid.NewGuid(), "short one");

        var refused = await Assert.ThrowsAsync<HubException>(() => customer.InvokeAsync<CommandAck>("SendMessage", chat, Guid.NewGuid(), new string('x', 4001)));
        var after = await customer.InvokeAsync<CommandAck>("SendMessage", chat, Guid.NewGuid(), "still here");

        // SignalR prefixes a hub error with its own sentence; ours follows with a stable code.
        Assert.Contains("message-too-long: A message holds at most 4000 characters", refused.Message, StringComparison.Ordinal);
        Assert.Equal(before.Version + 1, after.Version);
    }

    [Fact]
    public async Task A_frame_over_the_hub_limit_drops_only_that_connection_and_loses_nothing()
    {
        // Tried: a 100 KB message, over the hub's 64 KB frame limit.
        var scene = await fixture.NewSceneAsync();
        var host = scene.Host;
        var session = await scene.StartChatAsync("Huge Paster");
        var chat = session.ConversationId!.Value;
        var customer = await host.CustomerHubAsync(session.CustomerToken);
        await customer.InvokeAsync<CommandAck>("SendMessage", chat, Guid.NewGuid(), "before the paste");
        var closed = new TaskCompletionSource();
        customer.Closed += _ => { closed.TrySetResult(); return Task.CompletedTask; };

        await Assert.ThrowsAnyAsync<Exception>(() => customer.InvokeAsync<CommandAck>("SendMessage", chat, Guid.NewGuid(), new string('x', 100_000)));
        await closed.Task.WaitAsync(TimeSpan.FromSeconds(10));
        await customer.DisposeAsync();

        await using var back = await host.CustomerHubAsync(session.CustomerToken);
        var steps = await back.InvokeAsync<ConversationEventDto[]>("GetEventsSince", chat, 0L);
        Assert.Equal(["before the paste"], steps.Select(s => s.Payload).OfType<MessageStep>().Select(said => said.Message.Text));
    }

    [Fact]
    public async Task A_flood_is_refused_past_the_burst_and_every_acknowledged_message_is_kept()
    {
        // Tried: 40 messages as fast as one connection can send them.
        var scene = await fixture.NewSceneAsync();
        var host = scene.Host;
        var session = await scene.StartChatAsync("Flooder");
        var chat = session.ConversationId!.Value;
        await using var customer = await host.CustomerHubAsync(session.CustomerToken);
        var acknowledged = new List<string>();
        var refusals = 0;

        for (var i = 0; i < 40; i++)
        {
            try
            {
                await customer.InvokeAsync<CommandAck>("SendMessage", chat, Guid.NewGuid(), $"spam {i}");
                acknowledged.Add($"spam {i}");
            }
            catch (HubException e) when (e.Message.Contains("rate-limited: ", StringComparison.Ordinal))
            {
                refusals++;
            }
        }

        Assert.True(refusals > 0, "No send was refused.");
        Assert.InRange(acknowledged.Count, 10, 39);
        var steps = await customer.InvokeAsync<ConversationEventDto[]>("GetEventsSince", chat, 0L);
        Assert.Equal(acknowledged, steps.Select(s => s.Payload).OfType<MessageStep>().Select(said => said.Message.Text));
    }

    [Fact]
    public async Task The_typed_client_reconnects_by_itself_and_applies_every_step_once_in_order()
    {
        // Tried: the server drops the customer's connection (an over-size frame) while the agent keeps writing.
        var scene = await fixture.NewSceneAsync();
        var host = scene.Host;
        var session = await scene.StartChatAsync("Typed Client");
        var chat = session.ConversationId!.Value;
        await using var agent = await ChatClients.ConnectAsync(host, ApiRoutes.AgentHub, await scene.TokenAsync("jamie.agent"));
        await agent.InvokeAsync<CommandAck>("Take", chat);
        await using var customer = new ContactCenter.Client.Realtime.CustomerChatClient(host.Address, session.CustomerToken);
        var applied = new System.Collections.Concurrent.ConcurrentQueue<ConversationEventDto>();
        var lastArrived = new TaskCompletionSource();
        customer.Follower.StepApplied += step =>
        {
            applied.Enqueue(step);
            if (step.ChatMessage()?.Text == "last") lastArrived.TrySetResult();
        };
        await customer.StartAsync(chat);

        await Assert.ThrowsAnyAsync<Exception>(() => customer.SendMessageAsync(chat, new string('x', 100_000)));
        foreach (var text in new[] { "one", "two", "three", "last" })
        {
            await agent.InvokeAsync<CommandAck>("SendMessage", chat, Guid.NewGuid(), text);
        }

        await lastArrived.Task.WaitAsync(TimeSpan.FromSeconds(15));
        var steps = applied.ToArray();
        Assert.Equal(Enumerable.Range(1, steps.Length).Select(v => (long)v), steps.Select(s => s.Version));
        Assert.Equal(["one", "two", "three", "last"], steps.Select(s => s.Payload).OfType<MessageStep>().Select(said => said.Message.Text));
    }
}
