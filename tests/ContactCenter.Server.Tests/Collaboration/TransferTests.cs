using System.Net;
using System.Net.Http.Json;
using ContactCenter.Contracts;
using ContactCenter.Contracts.Conversations;
using ContactCenter.Contracts.Customers;
using ContactCenter.Contracts.Queues;
using ContactCenter.Server.Tests.Desk;
using ContactCenter.Testing;
using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.Client;
using static ContactCenter.Server.Tests.Desk.DeskPeople;

namespace ContactCenter.Server.Tests.Collaboration;

/// <summary>Transfer to another queue through the real hubs and API: who may, what each party sees, what the sender keeps.</summary>
[Collection(DeskServerCollection.Name)]
public sealed class TransferTests(DeskServerFixture fixture)
{
    private ServerHost Host => fixture.Host;

    [Fact]
    public async Task The_owner_hands_a_chat_to_sales_with_a_note_the_next_agent_reads_and_the_customer_does_not()
    {
        await using var scene = await SupportChatAsync("Tara Transfer");
        var (chat, customerSees) = (scene.Chat, scene.CustomerSees);
        await using var jamie = await Host.StaffHubAsync("jamie.agent");
        await jamie.InvokeAsync<CommandAck>("Take", chat);
        await using var alex = await Host.StaffHubAsync("alex.agent");
        var alexSees = new StepInbox(alex);
        await alex.InvokeAsync<ConversationEventDto[]>("GetEventsSince", chat, 0L);

        var targets = await jamie.InvokeAsync<QueueSummary[]>("GetTransferQueues", chat);
        var moved = await jamie.InvokeAsync<CommandAck>("TransferToQueue", chat, "sales", "Wants to upgrade to the yearly plan");

        Assert.Equal(["sales"], targets.Select(q => q.Id));
        var staffStep = await alexSees.VersionAsync(chat, moved.Version);
        Assert.Equal((new TransferredStep("support", "sales", "Jamie Agent", "Wants to upgrade to the yearly plan"), ConversationStatusDto.Queued), (staffStep.Payload, staffStep.Status));
        var toldCustomer = await customerSees.VersionAsync(chat, moved.Version);
        Assert.Equal(new TransferredStep("support", "sales", "Jamie Agent", Note: null), toldCustomer.Payload);
        // Jamie is in support only: with the chat in sales and no longer theirs, its steps are closed to them.
        var closed = await Assert.ThrowsAsync<HubException>(() => jamie.InvokeAsync<ConversationEventDto[]>("GetEventsSince", chat, 0L));
        Assert.Contains("not-queue-member", closed.Message, StringComparison.Ordinal);

        // The next agent takes it from sales and the customer is told who they talk to now.
        var taken = await alex.InvokeAsync<CommandAck>("Take", chat);
        Assert.Equal(new AssignedStep(AgentId: null, "Alex Agent"), (await customerSees.VersionAsync(chat, taken.Version)).Payload);
        var inbox = await alex.InvokeAsync<Contracts.Desk.InboxItemDto[]>("GetInbox");
        var row = Assert.Single(inbox, r => r.Id == chat);
        Assert.Equal(("sales", AlexId), (row.QueueId, row.AgentId));
    }

    [Fact]
    public async Task Only_the_owner_or_a_supervisor_transfers_and_bad_targets_are_refused_with_nothing_stored()
    {
        // Tried: another agent of the queue, an unknown queue, the queue it is in, a note over the limit,
        // over the hub and over REST; then a supervisor who does not own it.
        await using var scene = await SupportChatAsync("Rhea Refused");
        var (chat, customer) = (scene.Chat, scene.Customer);
        await using var jamie = await Host.StaffHubAsync("jamie.agent");
        var taken = await jamie.InvokeAsync<CommandAck>("Take", chat);
        await using var alex = await Host.StaffHubAsync("alex.agent");
        using var alexApi = await Host.SignedInAsync("alex.agent");

        var notOwner = await Assert.ThrowsAsync<HubException>(() => alex.InvokeAsync<CommandAck>("TransferToQueue", chat, "sales", null));
        var unknown = await Assert.ThrowsAsync<HubException>(() => jamie.InvokeAsync<CommandAck>("TransferToQueue", chat, "nowhere", null));
        var same = await Assert.ThrowsAsync<HubException>(() => jamie.InvokeAsync<CommandAck>("TransferToQueue", chat, "support", null));
        var tooLong = await Assert.ThrowsAsync<HubException>(() => jamie.InvokeAsync<CommandAck>("TransferToQueue", chat, "sales", new string('x', 501)));
        using var overRest = await alexApi.PostAsJsonAsync($"{ApiRoutes.Conversations}/{chat}/transfer", new { queueId = "sales" });

        Assert.Contains("not-participant", notOwner.Message, StringComparison.Ordinal);
        Assert.Contains("unknown-queue", unknown.Message, StringComparison.Ordinal);
        Assert.Contains("same-queue", same.Message, StringComparison.Ordinal);
        Assert.Contains("note-too-long", tooLong.Message, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Conflict, overRest.StatusCode);
        var steps = await customer.InvokeAsync<ConversationEventDto[]>("GetEventsSince", chat, 0L);
        Assert.Equal(taken.Version, steps[^1].Version);

        using var samApi = await Host.SignedInAsync("sam.supervisor");
        using var bySupervisor = await samApi.PostAsJsonAsync($"{ApiRoutes.Conversations}/{chat}/transfer", new { queueId = "sales", note = "Sales can help" });
        Assert.Equal(HttpStatusCode.OK, bySupervisor.StatusCode);
        var last = (await customer.InvokeAsync<ConversationEventDto[]>("GetEventsSince", chat, 0L))[^1];
        Assert.Equal((new TransferredStep("support", "sales", "Sam Supervisor", null), ConversationStatusDto.Queued), (last.Payload, last.Status));
    }

    [Fact]
    public async Task A_transferred_chat_waits_in_its_new_queue_ahead_of_a_chat_that_started_after_it()
    {
        // Tried: a support chat taken and transferred to sales after a newer chat already waits in sales.
        await using var scene = await SupportChatAsync("Olle Older");
        var newer = await Host.StartChatAsync(Unique("Nina Newer"), "sales");
        await using var newerCustomer = await Host.CustomerHubAsync(newer.CustomerToken);
        await using var jamie = await Host.StaffHubAsync("jamie.agent");
        await jamie.InvokeAsync<CommandAck>("Take", scene.Chat);

        await jamie.InvokeAsync<CommandAck>("TransferToQueue", scene.Chat, "sales", null);

        await using var alex = await Host.StaffHubAsync("alex.agent");
        var waiting = (await alex.InvokeAsync<ConversationSummaryDto[]>("GetWaiting")).Select(c => c.Id).ToList();
        var (olderAt, newerAt) = (waiting.IndexOf(scene.Chat), waiting.IndexOf(newer.ConversationId!.Value));
        Assert.True(olderAt >= 0 && olderAt < newerAt, $"transferred chat listed at {olderAt}, newer chat at {newerAt}");
        var olderPlace = await scene.Customer.InvokeAsync<QueuePositionDto>("GetQueuePosition", scene.Chat);
        var newerPlace = await newerCustomer.InvokeAsync<QueuePositionDto>("GetQueuePosition", newer.ConversationId!.Value);
        Assert.True(olderPlace.Position < newerPlace.Position, $"transferred chat at {olderPlace.Position}, newer chat at {newerPlace.Position}");
    }

    private async Task<Scene> SupportChatAsync(string name)
    {
        var session = await Host.StartChatAsync(Unique(name));
        var customer = await Host.CustomerHubAsync(session.CustomerToken);
        var sees = new StepInbox(customer);
        await customer.InvokeAsync<ConversationEventDto[]>("GetEventsSince", session.ConversationId!.Value, 0L);
        return new Scene(session.ConversationId!.Value, customer, sees);
    }

    /// <summary>A support chat with its customer connected.</summary>
    private sealed record Scene(Guid Chat, HubConnection Customer, StepInbox CustomerSees) : IAsyncDisposable
    {
        public ValueTask DisposeAsync() => Customer.DisposeAsync();
    }
}
