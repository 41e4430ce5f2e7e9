using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Serialization;
using ContactCenter.Contracts.Conversations;
using ContactCenter.Contracts.Desk;
using ContactCenter.Domain.Queues;
using ContactCenter.Testing;
using Microsoft.AspNetCore.SignalR.Client;
using static ContactCenter.Server.Tests.Desk.DeskPeople;

namespace ContactCenter.Server.Tests.Desk;

/// <summary>GetInbox through the real hub: what an agent's inbox holds, and what it must never hold.</summary>
[Collection(DeskServerCollection.Name)]
public sealed class InboxTests(DeskServerFixture fixture)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };
    private ServerHost Host => fixture.Host;

    [Fact]
    public async Task A_chat_waiting_in_the_agents_queue_is_in_their_inbox_with_customer_queue_channel_priority_and_version()
    {
        await SetPriorityAsync(Host, "sales", 3);
        var name = Unique("Wanda Waiting");
        var session = await Host.StartChatAsync(name, "sales");
        var chat = session.ConversationId!.Value;
        await using var alex = await Host.StaffHubAsync("alex.agent");

        var row = Assert.Single(await alex.InvokeAsync<InboxItemDto[]>("GetInbox"), r => r.Id == chat);

        var steps = await alex.InvokeAsync<ConversationEventDto[]>("GetEventsSince", chat, 0L);
        Assert.Equal((session.CustomerId, name, "sales", "Sales", "web-chat", "Chat", 3, ConversationStatusDto.Queued),
            (row.CustomerId, row.CustomerName, row.QueueId, row.QueueName, row.ChannelId, row.ChannelKind, row.Priority, row.Status));
        Assert.Equal(steps[^1].Version, row.Version);
        Assert.Null(row.AgentId);
        Assert.Null(row.OfferedTo);
        Assert.Empty(row.Labels);
    }

    [Fact]
    public async Task An_agent_never_sees_another_agents_active_conversation_in_their_inbox()
    {
        var chat = (await Host.StartChatAsync(Unique("Taken By Alex"))).ConversationId!.Value;
        await using var alex = await Host.StaffHubAsync("alex.agent");
        await using var jamie = await Host.StaffHubAsync("jamie.agent");
        Assert.Contains(await jamie.InvokeAsync<InboxItemDto[]>("GetInbox"), r => r.Id == chat);

        await alex.InvokeAsync<CommandAck>("Take", chat);

        var jamies = await jamie.InvokeAsync<InboxItemDto[]>("GetInbox");
        var alexs = await alex.InvokeAsync<InboxItemDto[]>("GetInbox");
        Assert.DoesNotContain(jamies, r => r.Id == chat || r.Id == AmarasOpenSupportChat);
        Assert.DoesNotContain(jamies, r => r.AgentId is { } owner && owner != JamieId);
        var mine = Assert.Single(alexs, r => r.Id == chat);
        Assert.Equal((AlexId, "Alex Agent", ConversationStatusDto.Active), (mine.AgentId, mine.AgentName, mine.Status));
        var amara = Assert.Single(alexs, r => r.Id == AmarasOpenSupportChat);
        Assert.Equal(("Amara Okafor", ConversationStatusDto.Active), (amara.CustomerName, amara.Status));
    }

    [Fact]
    public async Task An_agent_never_sees_a_chat_waiting_in_a_queue_they_are_not_in()
    {
        // Tried: a chat waiting in "sales", which Jamie (support only) does not belong to.
        var chat = (await Host.StartChatAsync(Unique("Sales Only"), "sales")).ConversationId!.Value;
        await using var jamie = await Host.StaffHubAsync("jamie.agent");

        var inbox = await jamie.InvokeAsync<InboxItemDto[]>("GetInbox");

        Assert.DoesNotContain(inbox, r => r.Id == chat);
        Assert.DoesNotContain(inbox, r => r.QueueId == "sales");
    }

    [Fact]
    public async Task An_inbox_row_carries_the_conversations_labels_and_latest_version()
    {
        var chat = (await Host.StartChatAsync(Unique("Labelled Row"))).ConversationId!.Value;
        await using var jamie = await Host.StaffHubAsync("jamie.agent");
        await jamie.InvokeAsync<CommandAck>("Take", chat);
        await jamie.InvokeAsync<CommandAck>("AddLabel", chat, "vip");
        var last = await jamie.InvokeAsync<CommandAck>("AddLabel", chat, "billing");

        var row = Assert.Single(await jamie.InvokeAsync<InboxItemDto[]>("GetInbox"), r => r.Id == chat);

        Assert.Equal(["vip", "billing"], row.Labels);
        Assert.Equal(last.Version, row.Version);
    }

    [Fact]
    public async Task An_agents_own_conversation_stays_a_day_after_it_is_resolved_and_one_in_wrap_up_stays_until_finished()
    {
        var clock = TestClock.FromRealTime();
        await using var host = await ServerHost.StartAsync(clock: clock);
        var resolved = (await host.StartChatAsync("Rosa Resolved")).ConversationId!.Value;
        var wrapUp = (await host.StartChatAsync("Walt WrapUp")).ConversationId!.Value;
        await using (var jamie = await host.StaffHubAsync("jamie.agent"))
        {
            await jamie.InvokeAsync<CommandAck>("Take", resolved);
            await jamie.InvokeAsync<CommandAck>("Resolve", resolved);
            await jamie.InvokeAsync<CommandAck>("Take", wrapUp);
            await jamie.InvokeAsync<CommandAck>("End", wrapUp);
        }

        clock.Advance(TimeSpan.FromHours(23));
        var withinADay = await InboxOfAsync(host, "jamie.agent");
        clock.Advance(TimeSpan.FromHours(2));
        var afterADay = await InboxOfAsync(host, "jamie.agent");

        Assert.Equal(ConversationStatusDto.Resolved, Assert.Single(withinADay, r => r.Id == resolved).Status);
        Assert.DoesNotContain(afterADay, r => r.Id == resolved);
        Assert.Equal(ConversationStatusDto.WrapUp, Assert.Single(afterADay, r => r.Id == wrapUp).Status);
        // Jamie's seeded conversation with Kenji was resolved six days ago.
        Assert.DoesNotContain(withinADay, r => r.CustomerName == "Kenji Tanaka");
    }

    [Fact]
    public async Task An_offer_is_in_the_agents_inbox_and_its_step_names_them_and_its_expiry_for_staff_only()
    {
        await using var host = await ServerHost.StartAsync();
        var session = await host.StartChatAsync("Olga Offered");
        var chat = session.ConversationId!.Value;
        await using var customer = await host.CustomerHubAsync(session.CustomerToken);
        var customerSees = new StepInbox(customer);
        await using var jamie = await host.StaffHubAsync("jamie.agent");
        var jamieSees = new StepInbox(jamie);
        var offer = new TaskCompletionSource<ConversationEventDto>(TaskCreationOptions.RunContinuationsAsynchronously);
        jamie.On<ConversationEventDto>("ConversationEvent", step =>
        {
            if (step.ConversationId == chat && step.Payload is OfferedStep) offer.TrySetResult(step);
        });

        await jamie.InvokeAsync<object>("SetChannel", "Chat", true, 1);
        await jamie.InvokeAsync<object>("ChooseState", "Ready", null);

        var offered = await offer.Task.WaitAsync(TimeSpan.FromSeconds(15));
        var offering = Assert.IsType<OfferedStep>(offered.Payload);
        Assert.Equal((JamieId, offered.At + TimeSpan.FromSeconds(20)), (offering.AgentId, offering.Until));
        var row = Assert.Single(await jamie.InvokeAsync<InboxItemDto[]>("GetInbox"), r => r.Id == chat);
        Assert.Equal((ConversationStatusDto.Offered, JamieId, offering.Until), (row.Status, row.OfferedTo, row.OfferExpiresAt));
        var accepted = await jamie.InvokeAsync<CommandAck>("AcceptOffer", chat);
        var assigned = await jamieSees.VersionAsync(chat, accepted.Version);
        Assert.Equal(new AssignedStep(JamieId, "Jamie Agent"), assigned.Payload);
        var customerAssigned = await customerSees.VersionAsync(chat, accepted.Version);
        Assert.Equal(new AssignedStep(AgentId: null, "Jamie Agent"), customerAssigned.Payload);
        var hiddenOffer = await customerSees.VersionAsync(chat, offered.Version);
        Assert.IsType<HiddenStep>(hiddenOffer.Payload);
        // No staff id reaches the customer in any field of any step.
        Assert.DoesNotContain(JamieId.ToString(), JsonSerializer.Serialize(customerSees.Received), StringComparison.OrdinalIgnoreCase);
    }

    private static async Task<InboxItemDto[]> InboxOfAsync(ServerHost host, string userName)
    {
        await using var hub = await host.StaffHubAsync(userName);
        return await hub.InvokeAsync<InboxItemDto[]>("GetInbox");
    }

    private static async Task SetPriorityAsync(ServerHost host, string queueId, int priority)
    {
        using var admin = await host.SignedInAsync("ada.admin");
        var queues = await admin.GetFromJsonAsync<Queue[]>("/api/settings/queues", Json);
        var queue = queues!.Single(q => q.Id == queueId) with { Priority = priority };
        using var put = await admin.PutAsJsonAsync($"/api/settings/queues/{queueId}", queue);
        Assert.True(put.IsSuccessStatusCode, await put.Content.ReadAsStringAsync());
    }
}
