using System.Net;
using System.Net.Http.Json;
using ContactCenter.Contracts;
using ContactCenter.Contracts.Conversations;
using ContactCenter.Contracts.Queues;
using ContactCenter.Domain.Queues;
using ContactCenter.Server.Tests.Scenes;
using ContactCenter.Testing;
using ContactCenter.Testing.Scenes;
using Marten;
using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.Client;

namespace ContactCenter.Server.Tests.Collaboration;

/// <summary>
/// Transfer to a named agent through the real hubs: an offer the agent answers, the sender owning
/// the chat until then, each party told once, and the races ending in one state.
/// </summary>
[Collection(ChatScenes.Name)]
public sealed class TransferToAgentTests(SharedServerFixture fixture)
{
    private const string Note = "Wants the yearly plan";

    [Fact]
    public async Task The_owner_offers_a_chat_to_a_sales_agent_who_accepts_and_the_customer_is_told_who_they_talk_to_now()
    {
        var scene = await fixture.NewSceneAsync();
        await using var parties = await ChatWithJamieAsync(scene, "Tara Transfer");
        var (chat, jamie, alex) = (parties.Chat, parties.Jamie, parties.Alex);
        var (alexId, jamieId, sales) = ((await scene.StaffAsync("alex.agent")).Id, (await scene.StaffAsync("jamie.agent")).Id, scene.QueueId("sales"));

        var candidates = await jamie.InvokeAsync<TransferAgentDto[]>("GetTransferAgents", chat, sales);
        var offered = await jamie.InvokeAsync<CommandAck>("TransferToAgent", chat, sales, alexId, Note);

        Assert.Equal([new TransferAgentDto(alexId, "Alex Agent", "Ready", 3)], candidates);
        var alexStep = await parties.AlexSees.VersionAsync(chat, offered.Version);
        var expected = new TransferOfferedStep(jamieId, alexId, "Alex Agent", sales, "Jamie Agent", Note, ((TransferOfferedStep)alexStep.Payload).ExpiresAt);
        Assert.Equal((expected, ConversationStatusDto.Active), (alexStep.Payload, alexStep.Status));
        Assert.Equal(expected, (await parties.JamieSees.VersionAsync(chat, offered.Version)).Payload);
        Assert.IsType<HiddenStep>((await parties.CustomerSees.VersionAsync(chat, offered.Version)).Payload);
        // The sender stays the owner until it is accepted: they still reply, and the offered agent may read it first.
        var stillJamies = await jamie.InvokeAsync<CommandAck>("SendMessage", chat, Guid.CreateVersion7(), "One moment, a colleague will take over.");
        Assert.Equal(stillJamies.Version, (await alex.InvokeAsync<ConversationEventDto[]>("GetEventsSince", chat, 0L))[^1].Version);

        var accepted = await alex.InvokeAsync<CommandAck>("AcceptTransfer", chat);

        Assert.Equal(new TransferAcceptedStep(null, "Alex Agent", scene.QueueId("support"), sales), (await parties.CustomerSees.VersionAsync(chat, accepted.Version)).Payload);
        var acceptedStep = await parties.AlexSees.VersionAsync(chat, accepted.Version);
        Assert.Equal((new TransferAcceptedStep(alexId, "Alex Agent", scene.QueueId("support"), sales), ConversationStatusDto.Active), (acceptedStep.Payload, acceptedStep.Status));
        Assert.Equal(acceptedStep.Payload, (await parties.JamieSees.VersionAsync(chat, accepted.Version)).Payload);
        var notJamies = await Assert.ThrowsAsync<HubException>(() => jamie.InvokeAsync<CommandAck>("SendMessage", chat, Guid.CreateVersion7(), "Still here?"));
        Assert.Contains("not-queue-member", notJamies.Message, StringComparison.Ordinal);
        var reply = await alex.InvokeAsync<CommandAck>("SendMessage", chat, Guid.CreateVersion7(), "Hi, Alex from sales here.");
        await parties.CustomerSees.VersionAsync(chat, reply.Version);
        var inbox = await alex.InvokeAsync<Contracts.Desk.InboxItemDto[]>("GetInbox");
        Assert.Equal((sales, alexId), inbox.Where(r => r.Id == chat).Select(r => (r.QueueId, r.AgentId)).Single());

        // Each party got each step once: the offered agent by their own group, the others as followers.
        await parties.AlexSees.VersionAsync(chat, reply.Version);
        foreach (var version in new[] { offered.Version, accepted.Version, reply.Version })
        {
            Assert.Single(parties.AlexSees.Received, s => s.ConversationId == chat && s.Version == version);
            Assert.Single(parties.CustomerSees.Received, s => s.ConversationId == chat && s.Version == version);
        }

        Assert.Single(parties.JamieSees.Received, s => s.ConversationId == chat && s.Version == offered.Version);
    }

    [Fact]
    public async Task Only_the_owner_or_a_supervisor_transfers_to_a_present_member_and_a_rejection_comes_back_to_the_sender()
    {
        // Tried: another agent of the queue, a target not in that queue, an offline target, then a
        // supervisor's transfer the agent rejects, and a second answer.
        var scene = await fixture.NewSceneAsync();
        await using var parties = await ChatWithJamieAsync(scene, "Rhea Refused");
        var (chat, jamie, alex) = (parties.Chat, parties.Jamie, parties.Alex);
        var (alexId, jamieId, samId) = ((await scene.StaffAsync("alex.agent")).Id, (await scene.StaffAsync("jamie.agent")).Id, (await scene.StaffAsync("sam.supervisor")).Id);
        var adaId = (await scene.StaffAsync("ada.admin")).Id;
        var (support, sales) = (scene.QueueId("support"), scene.QueueId("sales"));

        var notOwner = await Assert.ThrowsAsync<HubException>(() => alex.InvokeAsync<CommandAck>("TransferToAgent", chat, support, alexId, null));
        var notMember = await Assert.ThrowsAsync<HubException>(() => jamie.InvokeAsync<CommandAck>("TransferToAgent", chat, sales, adaId, null));
        var offline = await Assert.ThrowsAsync<HubException>(() => jamie.InvokeAsync<CommandAck>("TransferToAgent", chat, sales, samId, null));
        var self = await Assert.ThrowsAsync<HubException>(() => jamie.InvokeAsync<CommandAck>("TransferToAgent", chat, support, jamieId, null));

        Assert.Contains("not-participant", notOwner.Message, StringComparison.Ordinal);
        Assert.Contains("agent-not-in-queue", notMember.Message, StringComparison.Ordinal);
        Assert.Contains("agent-offline", offline.Message, StringComparison.Ordinal);
        Assert.Contains("owns-it-already", self.Message, StringComparison.Ordinal);
        var steps = await parties.Customer.InvokeAsync<ConversationEventDto[]>("GetEventsSince", chat, 0L);
        Assert.Equal(parties.TakenAt, steps[^1].Version);

        await using var sam = await scene.AgentHubAsync("sam.supervisor");
        var offered = await sam.InvokeAsync<CommandAck>("TransferToAgent", chat, support, alexId, "Alex knows this customer");
        var twice = await Assert.ThrowsAsync<HubException>(() => jamie.InvokeAsync<CommandAck>("TransferToAgent", chat, sales, alexId, null));
        var rejected = await alex.InvokeAsync<CommandAck>("RejectTransfer", chat);
        var again = await Assert.ThrowsAsync<HubException>(() => alex.InvokeAsync<CommandAck>("AcceptTransfer", chat));

        Assert.Contains("transfer-open", twice.Message, StringComparison.Ordinal);
        Assert.Equal("Sam Supervisor", ((TransferOfferedStep)(await parties.AlexSees.VersionAsync(chat, offered.Version)).Payload).ByName);
        var back = await parties.JamieSees.VersionAsync(chat, rejected.Version);
        Assert.Equal((new TransferDeclinedStep(alexId, "rejected"), ConversationStatusDto.Active), (back.Payload, back.Status));
        Assert.Single(parties.AlexSees.Received, s => s.ConversationId == chat && s.Version == rejected.Version);
        Assert.Contains("no-transfer", again.Message, StringComparison.Ordinal);
        await jamie.InvokeAsync<CommandAck>("SendMessage", chat, Guid.CreateVersion7(), "I'll keep helping you myself.");
    }

    [Fact]
    public async Task An_unanswered_transfer_times_out_back_to_the_sender_and_a_late_accept_is_refused()
    {
        var scene = await fixture.NewSceneAsync();
        await ShortenOfferTimeoutAsync(scene, "sales");
        await using var parties = await ChatWithJamieAsync(scene, "Tim Timeout");
        var alexId = (await scene.StaffAsync("alex.agent")).Id;

        var offered = await parties.Jamie.InvokeAsync<CommandAck>("TransferToAgent", parties.Chat, scene.QueueId("sales"), alexId, null);

        // The router ends it at the queue's offer timeout; the sender is told why.
        var expired = await parties.JamieSees.VersionAsync(parties.Chat, offered.Version + 1);
        Assert.Equal((new TransferDeclinedStep(alexId, "expired"), ConversationStatusDto.Active), (expired.Payload, expired.Status));
        Assert.Equal(expired.Payload, (await parties.AlexSees.VersionAsync(parties.Chat, offered.Version + 1)).Payload);
        var late = await Assert.ThrowsAsync<HubException>(() => parties.Alex.InvokeAsync<CommandAck>("AcceptTransfer", parties.Chat));
        Assert.Contains("no-transfer", late.Message, StringComparison.Ordinal);
        await parties.Jamie.InvokeAsync<CommandAck>("SendMessage", parties.Chat, Guid.CreateVersion7(), "Still with me.");
    }

    [Fact]
    public async Task A_transfer_accepted_as_the_customer_leaves_ends_in_one_state_and_the_loser_gets_a_clear_error()
    {
        var scene = await fixture.NewSceneAsync();
        await using var parties = await ChatWithJamieAsync(scene, "Lea Leaving");
        var alexId = (await scene.StaffAsync("alex.agent")).Id;
        await parties.Jamie.InvokeAsync<CommandAck>("TransferToAgent", parties.Chat, scene.QueueId("sales"), alexId, null);

        var accept = CaptureAsync(() => parties.Alex.InvokeAsync<CommandAck>("AcceptTransfer", parties.Chat));
        var leave = CaptureAsync(() => parties.Customer.InvokeAsync<CommandAck>("Leave", parties.Chat));
        var (accepted, left) = (await accept, await leave);

        Assert.Null(left.Error);
        var steps = await parties.Alex.InvokeAsync<ConversationEventDto[]>("GetEventsSince", parties.Chat, 0L);
        Assert.Equal(ConversationStatusDto.WrapUp, steps[^1].Status);
        if (accepted.Error is { } lost)
        {
            // The leaving came first and withdrew the transfer with it.
            Assert.Contains("conversation-ended", lost.Message, StringComparison.Ordinal);
            Assert.Contains(steps, s => s.Payload == new TransferDeclinedStep(alexId, "ended"));
            Assert.DoesNotContain(steps, s => s.Payload is TransferAcceptedStep);
        }
        else
        {
            // The accept came first: Alex owned the chat the customer then left.
            Assert.True(steps.Single(s => s.Payload is TransferAcceptedStep).Version < steps.Single(s => s.Payload is CustomerLeftStep).Version);
        }
    }

    [Fact]
    public async Task The_owner_ending_the_chat_while_a_transfer_is_open_withdraws_it_and_the_offered_agent_is_told()
    {
        var scene = await fixture.NewSceneAsync();
        await using var parties = await ChatWithJamieAsync(scene, "Owen Open");
        var alexId = (await scene.StaffAsync("alex.agent")).Id;
        await parties.Jamie.InvokeAsync<CommandAck>("TransferToAgent", parties.Chat, scene.QueueId("sales"), alexId, null);

        var ended = await parties.Jamie.InvokeAsync<CommandAck>("End", parties.Chat);

        var withdrawn = await parties.AlexSees.VersionAsync(parties.Chat, ended.Version - 1);
        Assert.Equal(new TransferDeclinedStep(alexId, "ended"), withdrawn.Payload);
        Assert.IsType<EndedStep>((await parties.CustomerSees.VersionAsync(parties.Chat, ended.Version)).Payload);
        var late = await Assert.ThrowsAsync<HubException>(() => parties.Alex.InvokeAsync<CommandAck>("AcceptTransfer", parties.Chat));
        Assert.Contains("conversation-ended", late.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Over_rest_the_owner_offers_by_name_a_non_owner_is_refused_and_the_agent_accepts()
    {
        var scene = await fixture.NewSceneAsync();
        await using var parties = await ChatWithJamieAsync(scene, "Rita Rest");
        var alexId = (await scene.StaffAsync("alex.agent")).Id;
        using var jamieApi = await scene.SignedInAsync("jamie.agent");
        using var alexApi = await scene.SignedInAsync("alex.agent");
        var route = $"{ApiRoutes.Conversations}/{parties.Chat}/transfer";

        using var byAlex = await alexApi.PostAsJsonAsync(route, new { queueId = scene.QueueId("sales"), agentId = alexId });
        using var offered = await jamieApi.PostAsJsonAsync(route, new { queueId = scene.QueueId("sales"), agentId = alexId, note = "Over the API" });
        using var accepted = await alexApi.PostAsync(new Uri($"{route}/accept", UriKind.Relative), null);

        Assert.Equal((HttpStatusCode.Conflict, HttpStatusCode.OK, HttpStatusCode.OK), (byAlex.StatusCode, offered.StatusCode, accepted.StatusCode));
        var ack = (await accepted.Content.ReadFromJsonAsync<CommandAck>())!;
        Assert.Equal(new TransferAcceptedStep(null, "Alex Agent", scene.QueueId("support"), scene.QueueId("sales")), (await parties.CustomerSees.VersionAsync(parties.Chat, ack.Version)).Payload);
    }

    private static async Task<(CommandAck? Ack, Exception? Error)> CaptureAsync(Func<Task<CommandAck>> call)
    {
        try
        {
            return (await call(), null);
        }
        catch (HubException e)
        {
            return (null, e);
        }
    }

    // The scene's own copy of the queue: no other test reads it.
    private static async Task ShortenOfferTimeoutAsync(Scene scene, string seededQueueId)
    {
        await using var session = scene.Host.GetRequiredService<IDocumentStore>().LightweightSession();
        var queue = (await session.LoadAsync<Queue>(scene.QueueId(seededQueueId)))!;
        session.Store(queue with { OfferTimeout = Queue.MinimumOfferTimeout });
        await session.SaveChangesAsync();
    }

    // Jamie (support only) owns a support chat; Alex (sales and support) is ready; the customer is connected.
    private static async Task<Parties> ChatWithJamieAsync(Scene scene, string name)
    {
        var assigned = await scene.AssignedChatAsync(scene.Unique(name));
        var customer = await scene.Host.CustomerHubAsync(assigned.Customer.CustomerToken);
        var parties = new Parties(assigned.Id, assigned.Version, customer, new StepInbox(customer), assigned.Agent, new StepInbox(assigned.Agent),
            await scene.ReadyAgentAsync("alex.agent"));
        await customer.InvokeAsync<ConversationEventDto[]>("GetEventsSince", assigned.Id, 0L);
        return parties;
    }

    private sealed record Parties(Guid Chat, long TakenAt, HubConnection Customer, StepInbox CustomerSees, HubConnection Jamie, StepInbox JamieSees, HubConnection Alex)
        : IAsyncDisposable
    {
        public StepInbox AlexSees { get; } = new(Alex);

        public async ValueTask DisposeAsync()
        {
            await Customer.DisposeAsync();
            await Jamie.DisposeAsync();
            await Alex.DisposeAsync();
        }
    }
}
