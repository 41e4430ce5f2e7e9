using ContactCenter.Contracts;
using ContactCenter.Contracts.Conversations;
using ContactCenter.Contracts.Customers;
using ContactCenter.Server.Tests.Scenes;
using ContactCenter.Testing;
using ContactCenter.Testing.Scenes;
using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.Client;

namespace ContactCenter.Server.Tests.Conversations;

/// <summary>A widget customer and an agent chatting through the running server, real clients on both sides.</summary>
[Collection(ChatScenes.Name)]
public sealed class LiveChatTests(SharedServerFixture fixture)
{
    [Fact]
    public async Task A_customer_and_an_agent_see_each_others_messages_at_once()
    {
        var scene = await fixture.NewSceneAsync();
        var host = scene.Host;
        var session = await scene.StartChatAsync("Nora Nilsen");
        var chat = session.ConversationId!.Value;
        await using var customer = await host.CustomerHubAsync(session.CustomerToken);
        var customerSees = new StepInbox(customer);
        await using var agent = await ChatClients.ConnectAsync(host, ApiRoutes.AgentHub, await scene.TokenAsync("jamie.agent"));
        var agentSees = new StepInbox(agent);

        var waiting = await agent.InvokeAsync<ConversationSummaryDto[]>("GetWaiting");
        Assert.Contains(waiting, c => c.Id == chat);
        var taken = await agent.InvokeAsync<CommandAck>("Take", chat);
        Assert.Equal(new AssignedStep(AgentId: null, "Jamie Agent"), (await customerSees.VersionAsync(chat, taken.Version)).Payload);

        var asked = await customer.InvokeAsync<CommandAck>("SendMessage", chat, Guid.NewGuid(), "Hello, is my parcel lost?");
        var question = await agentSees.VersionAsync(chat, asked.Version);
        var answered = await agent.InvokeAsync<CommandAck>("SendMessage", chat, Guid.NewGuid(), "Let me check: it left the depot today.");
        var answer = await customerSees.VersionAsync(chat, answered.Version);

        var asking = Assert.IsType<MessageStep>(question.Payload).Message;
        Assert.Equal((AuthorKindDto.Customer, "Nora Nilsen", "Hello, is my parcel lost?"), (asking.AuthorKind, asking.AuthorName, asking.Text));
        var answering = Assert.IsType<MessageStep>(answer.Payload).Message;
        Assert.Equal((AuthorKindDto.Agent, "Jamie Agent", "Let me check: it left the depot today."), (answering.AuthorKind, answering.AuthorName, answering.Text));
        Assert.Equal(ConversationStatusDto.Active, answer.Status);
    }

    [Fact]
    public async Task A_retried_send_with_the_same_id_is_stored_once()
    {
        var scene = await fixture.NewSceneAsync();
        var host = scene.Host;
        var session = await scene.StartChatAsync("Retry Person");
        var chat = session.ConversationId!.Value;
        await using var customer = await host.CustomerHubAsync(session.CustomerToken);
        var messageId = Guid.NewGuid();

        var first = await customer.InvokeAsync<CommandAck>("SendMessage", chat, messageId, "Are you there?");
        var retry = await customer.InvokeAsync<CommandAck>("SendMessage", chat, messageId, "Are you there?");

        Assert.Equal(first.Version, retry.Version);
        var steps = await customer.InvokeAsync<ConversationEventDto[]>("GetEventsSince", chat, 0L);
        Assert.Single(steps, s => s.ChatMessage()?.Id == messageId);
    }

    [Fact]
    public async Task A_customer_cannot_read_or_write_someone_elses_conversation()
    {
        // Tried: a second customer uses the first one's conversation id on every method.
        var scene = await fixture.NewSceneAsync();
        var host = scene.Host;
        var victim = await scene.StartChatAsync("Victim");
        var intruder = await scene.StartChatAsync("Intruder");
        await using var hub = await host.CustomerHubAsync(intruder.CustomerToken);

        var read = await Assert.ThrowsAsync<HubException>(() => hub.InvokeAsync<ConversationEventDto[]>("GetEventsSince", victim.ConversationId!.Value, 0L));
        var write = await Assert.ThrowsAsync<HubException>(() => hub.InvokeAsync<CommandAck>("SendMessage", victim.ConversationId!.Value, Guid.NewGuid(), "hi"));

        Assert.Contains("not-found", read.Message, StringComparison.Ordinal);
        Assert.Contains("not-found", write.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Private_notes_reach_staff_but_the_customer_only_sees_a_hidden_step()
    {
        var scene = await fixture.NewSceneAsync();
        var host = scene.Host;
        var session = await scene.StartChatAsync("Noted Customer");
        var chat = session.ConversationId!.Value;
        await using var customer = await host.CustomerHubAsync(session.CustomerToken);
        var customerSees = new StepInbox(customer);
        await using var agent = await ChatClients.ConnectAsync(host, ApiRoutes.AgentHub, await scene.TokenAsync("jamie.agent"));
        var agentSees = new StepInbox(agent);
        await agent.InvokeAsync<CommandAck>("Take", chat);

        var noted = await agent.InvokeAsync<CommandAck>("PostNote", chat, Guid.NewGuid(), "Offer a voucher if they complain again");

        Assert.Equal("Offer a voucher if they complain again", Assert.IsType<NoteStep>((await agentSees.VersionAsync(chat, noted.Version)).Payload).Note.Text);
        var hidden = await customerSees.VersionAsync(chat, noted.Version);
        Assert.IsType<HiddenStep>(hidden.Payload);
        var replay = await customer.InvokeAsync<ConversationEventDto[]>("GetEventsSince", chat, 0L);
        Assert.DoesNotContain(replay, s => s.ChatMessage()?.Text.Contains("voucher", StringComparison.Ordinal) == true);
        Assert.Equal(Enumerable.Range(1, replay.Length).Select(v => (long)v), replay.Select(s => s.Version));
    }

    [Fact]
    public async Task The_customer_ends_by_rating_and_a_returning_customer_is_recognised()
    {
        var scene = await fixture.NewSceneAsync();
        var host = scene.Host;
        var session = await scene.StartChatAsync("Rita Rater");
        var chat = session.ConversationId!.Value;
        await using var customer = await host.CustomerHubAsync(session.CustomerToken);
        await using var agent = await ChatClients.ConnectAsync(host, ApiRoutes.AgentHub, await scene.TokenAsync("jamie.agent"));
        await agent.InvokeAsync<CommandAck>("Take", chat);
        await agent.InvokeAsync<CommandAck>("End", chat);

        await customer.InvokeAsync<CommandAck>("Rate", chat, 5, "Quick and kind");
        var again = await Assert.ThrowsAsync<HubException>(() => customer.InvokeAsync<CommandAck>("Rate", chat, 1, null));
        var returning = await scene.StartChatAsync("Rita", customerToken: session.CustomerToken);

        Assert.Contains("already-rated", again.Message, StringComparison.Ordinal);
        Assert.Equal(session.CustomerId, returning.CustomerId);
        Assert.Equal("Rita Rater", returning.Name);
        Assert.NotEqual(chat, returning.ConversationId);
    }

    [Fact]
    public async Task Typing_a_shortcut_finds_the_canned_responses_that_start_with_it()
    {
        var scene = await fixture.NewSceneAsync();
        var host = scene.Host;
        await using var agent = await ChatClients.ConnectAsync(host, ApiRoutes.AgentHub, await scene.TokenAsync("jamie.agent"));

        var byHub = await agent.InvokeAsync<ContactCenter.Domain.Conversations.CannedResponse[]>("FindCannedResponses", "/ref");
        using var rest = await scene.SignedInAsync("jamie.agent");
        var all = await System.Net.Http.Json.HttpClientJsonExtensions.GetFromJsonAsync<ContactCenter.Domain.Conversations.CannedResponse[]>(rest, "/api/canned-responses");

        Assert.Equal("You can ask for a full refund within 30 days of purchase from Settings > Billing.", Assert.Single(byHub).Text);
        Assert.Equal(["bye", "hi", "refund", "wait"], all!.Select(c => c.Shortcut));
    }

    [Fact]
    public async Task Typed_clients_on_both_sides_hold_the_same_conversation_in_the_same_order()
    {
        var scene = await fixture.NewSceneAsync();
        var host = scene.Host;
        var session = await scene.StartChatAsync("Typed Both");
        var chat = session.ConversationId!.Value;
        var token = await scene.TokenAsync("jamie.agent");
        await using var agent = new ContactCenter.Client.Realtime.AgentChatClient(host.Address, () => Task.FromResult<string?>(token));
        await using var customer = new ContactCenter.Client.Realtime.CustomerChatClient(host.Address, session.CustomerToken);
        var agentSteps = new System.Collections.Concurrent.ConcurrentQueue<ConversationEventDto>();
        var customerSteps = new System.Collections.Concurrent.ConcurrentQueue<ConversationEventDto>();
        var customerDone = new TaskCompletionSource();
        var agentDone = new TaskCompletionSource();
        agent.Follower.StepApplied += step =>
        {
            agentSteps.Enqueue(step);
            if (step.Payload is EndedStep) agentDone.TrySetResult();
        };
        customer.Follower.StepApplied += step =>
        {
            customerSteps.Enqueue(step);
            if (step.Payload is EndedStep) customerDone.TrySetResult();
        };
        await agent.StartAsync();
        await customer.StartAsync(chat);

        Assert.Contains(await agent.GetWaitingAsync(), c => c.Id == chat);
        await agent.TakeAsync(chat);
        await customer.SendMessageAsync(chat, "Hello");
        await agent.SendMessageAsync(chat, "Hi, how can I help?");
        await agent.PostNoteAsync(chat, "Friendly customer");
        await agent.EndAsync(chat);
        await Task.WhenAll(customerDone.Task, agentDone.Task).WaitAsync(TimeSpan.FromSeconds(10));

        Assert.Equal(agentSteps.Select(s => s.Version), customerSteps.Select(s => s.Version));
        Assert.Equal(["Hello", "Hi, how can I help?"], customerSteps.Select(s => s.Payload).OfType<MessageStep>().Select(said => said.Message.Text));
        Assert.Equal("Friendly customer", agentSteps.Select(s => s.Payload).OfType<NoteStep>().Single().Note.Text);
    }
}
