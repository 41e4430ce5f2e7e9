using ContactCenter.Contracts.Conversations;
using ContactCenter.Server.Tests.Scenes;
using ContactCenter.Testing;
using ContactCenter.Testing.Scenes;
using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.Client;

namespace ContactCenter.Server.Tests.Collaboration;

/// <summary>
/// Conference and leave through the real hubs: the owner invites, the guest is alerted, joins,
/// replies and leaves; the owner leaving hands the chat on; each party told once; races in one state.
/// </summary>
[Collection(ChatScenes.Name)]
public sealed class ConferenceTests(SharedServerFixture fixture)
{
    [Fact]
    public async Task The_owner_invites_a_colleague_who_joins_replies_and_leaves_and_the_customer_sees_who_came_and_went()
    {
        // Tried first: a senior agent and a supervisor who do not own it, and an offline invitee.
        var scene = await fixture.NewSceneAsync();
        await using var parties = await ChatWithJamieAsync(scene, "Cora Conference");
        var (chat, jamie, alex) = (parties.Chat, parties.Jamie, parties.Alex);
        var (alexId, samId) = ((await scene.StaffAsync("alex.agent")).Id, (await scene.StaffAsync("sam.supervisor")).Id);
        var sales = scene.QueueId("sales");
        await using var sasha = await scene.AgentHubAsync("sasha.senior");
        await using var sam = await scene.AgentHubAsync("sam.supervisor");

        var bySenior = await RefusalAsync(() => sasha.InvokeAsync<CommandAck>("InviteToConference", chat, sales, new[] { alexId }));
        var bySupervisor = await RefusalAsync(() => sam.InvokeAsync<CommandAck>("InviteToConference", chat, sales, new[] { alexId }));
        await sam.DisposeAsync();
        var offline = await RefusalAsync(() => jamie.InvokeAsync<CommandAck>("InviteToConference", chat, sales, new[] { alexId, samId }));
        Assert.Contains("not-participant", bySenior, StringComparison.Ordinal);
        Assert.Contains("not-participant", bySupervisor, StringComparison.Ordinal);
        Assert.Contains("agent-offline", offline, StringComparison.Ordinal);

        var invited = await jamie.InvokeAsync<CommandAck>("InviteToConference", chat, sales, new[] { alexId });

        var alert = await parties.AlexSees.VersionAsync(chat, invited.Version);
        var expected = new ConferenceInvitedStep(alexId, "Alex Agent", "Jamie Agent", ((ConferenceInvitedStep)alert.Payload).ExpiresAt);
        Assert.Equal(expected, alert.Payload);
        Assert.Equal(expected, (await parties.JamieSees.VersionAsync(chat, invited.Version)).Payload);
        Assert.IsType<HiddenStep>((await parties.CustomerSees.VersionAsync(chat, invited.Version)).Payload);

        var joined = await alex.InvokeAsync<CommandAck>("AcceptInvitation", chat);
        Assert.Equal(new GuestJoinedStep(null, "Alex Agent"), (await parties.CustomerSees.VersionAsync(chat, joined.Version)).Payload);
        Assert.Equal(new GuestJoinedStep(alexId, "Alex Agent"), (await parties.JamieSees.VersionAsync(chat, joined.Version)).Payload);
        var reply = await alex.InvokeAsync<CommandAck>("SendMessage", chat, Guid.CreateVersion7(), "Alex here, I know the yearly plans.");
        var said = await parties.CustomerSees.VersionAsync(chat, reply.Version);
        Assert.Equal("Alex Agent", ((MessageStep)said.Payload).Message.AuthorName);
        // The owner stays the owner, and still replies.
        var owner = await jamie.InvokeAsync<CommandAck>("SendMessage", chat, Guid.CreateVersion7(), "Thanks Alex.");
        Assert.Equal(ConversationStatusDto.Active, (await parties.CustomerSees.VersionAsync(chat, owner.Version)).Status);
        var inbox = await alex.InvokeAsync<Contracts.Desk.InboxItemDto[]>("GetInbox");
        Assert.Equal(parties.JamieId, inbox.Single(r => r.Id == chat).AgentId);

        var left = await alex.InvokeAsync<CommandAck>("Leave", chat);

        Assert.Equal(new ParticipantLeftStep(null, "Alex Agent", false, null, null, false), (await parties.CustomerSees.VersionAsync(chat, left.Version)).Payload);
        Assert.Equal(new ParticipantLeftStep(alexId, "Alex Agent", false, null, null, false), (await parties.JamieSees.VersionAsync(chat, left.Version)).Payload);
        var gone = await RefusalAsync(() => alex.InvokeAsync<CommandAck>("SendMessage", chat, Guid.CreateVersion7(), "Still here?"));
        Assert.Contains("not-participant", gone, StringComparison.Ordinal);
        await parties.AlexSees.VersionAsync(chat, left.Version);
        foreach (var version in new[] { invited.Version, joined.Version, reply.Version, left.Version })
        {
            Assert.Single(parties.AlexSees.Received, s => s.ConversationId == chat && s.Version == version);
            Assert.Single(parties.JamieSees.Received, s => s.ConversationId == chat && s.Version == version);
            Assert.Single(parties.CustomerSees.Received, s => s.ConversationId == chat && s.Version == version);
        }
    }

    [Fact]
    public async Task The_owner_leaving_with_a_transfer_open_withdraws_it_and_hands_the_chat_to_the_guest_who_then_leaves_it_to_the_queue()
    {
        var scene = await fixture.NewSceneAsync();
        await using var parties = await ChatWithJamieAsync(scene, "Otto Owner");
        var (chat, jamie, alex) = (parties.Chat, parties.Jamie, parties.Alex);
        var alexId = (await scene.StaffAsync("alex.agent")).Id;
        await jamie.InvokeAsync<CommandAck>("InviteToConference", chat, scene.QueueId("support"), new[] { alexId });
        await alex.InvokeAsync<CommandAck>("AcceptInvitation", chat);
        var offered = await jamie.InvokeAsync<CommandAck>("TransferToAgent", chat, scene.QueueId("sales"), alexId, null);

        var left = await jamie.InvokeAsync<CommandAck>("Leave", chat);

        Assert.Equal(new TransferDeclinedStep(alexId, "ended"), (await parties.AlexSees.VersionAsync(chat, offered.Version + 1)).Payload);
        var handedOn = await parties.CustomerSees.VersionAsync(chat, left.Version);
        Assert.Equal((new ParticipantLeftStep(null, "Jamie Agent", true, null, "Alex Agent", false), ConversationStatusDto.Active), (handedOn.Payload, handedOn.Status));
        // The late accept changes nothing: Alex owns it already, in its own queue, and replies as its owner.
        Assert.Equal(left.Version, (await alex.InvokeAsync<CommandAck>("AcceptTransfer", chat)).Version);
        var reply = await alex.InvokeAsync<CommandAck>("SendMessage", chat, Guid.CreateVersion7(), "I'll take it from here.");
        Assert.Equal(reply.Version, left.Version + 1);
        var notJamies = await RefusalAsync(() => jamie.InvokeAsync<CommandAck>("SendMessage", chat, Guid.CreateVersion7(), "Bye"));
        Assert.Contains("not-participant", notJamies, StringComparison.Ordinal);

        // Alone, the new owner leaving puts it back in the queue; the customer waits again.
        var requeued = await alex.InvokeAsync<CommandAck>("Leave", chat);
        var waiting = await parties.CustomerSees.VersionAsync(chat, requeued.Version);
        Assert.Equal((new ParticipantLeftStep(null, "Alex Agent", true, null, null, true), ConversationStatusDto.Queued), (waiting.Payload, waiting.Status));
    }

    [Fact]
    public async Task Two_connections_accepting_one_invitation_join_once_and_someone_else_cannot_take_it()
    {
        var scene = await fixture.NewSceneAsync();
        await using var parties = await ChatWithJamieAsync(scene, "Tess Twice");
        var (chat, jamie) = (parties.Chat, parties.Jamie);
        var alexId = (await scene.StaffAsync("alex.agent")).Id;
        await using var alexElsewhere = await scene.AgentHubAsync("alex.agent");
        await using var sasha = await scene.AgentHubAsync("sasha.senior");
        await jamie.InvokeAsync<CommandAck>("InviteToConference", chat, scene.QueueId("support"), new[] { alexId });

        var here = parties.Alex.InvokeAsync<CommandAck>("AcceptInvitation", chat);
        var there = alexElsewhere.InvokeAsync<CommandAck>("AcceptInvitation", chat);
        var (a, b) = (await here, await there);
        var notSashas = await RefusalAsync(() => sasha.InvokeAsync<CommandAck>("AcceptInvitation", chat));

        Assert.Equal(a.Version, b.Version);
        Assert.Contains("no-invitation", notSashas, StringComparison.Ordinal);
        var steps = await jamie.InvokeAsync<ConversationEventDto[]>("GetEventsSince", chat, 0L);
        Assert.Single(steps, s => s.Payload is GuestJoinedStep);
    }

    private static async Task<string> RefusalAsync(Func<Task> call) => (await Assert.ThrowsAsync<HubException>(call)).Message;

    // Jamie (support only) owns a support chat; Alex (sales and support) is ready; the customer is connected.
    private static async Task<Parties> ChatWithJamieAsync(Scene scene, string name)
    {
        var assigned = await scene.AssignedChatAsync(scene.Unique(name));
        var customer = await scene.Host.CustomerHubAsync(assigned.Customer.CustomerToken);
        var parties = new Parties(assigned.Id, (await scene.StaffAsync("jamie.agent")).Id, customer, new StepInbox(customer), assigned.Agent, new StepInbox(assigned.Agent),
            await scene.ReadyAgentAsync("alex.agent"));
        await customer.InvokeAsync<ConversationEventDto[]>("GetEventsSince", assigned.Id, 0L);
        return parties;
    }

    private sealed record Parties(Guid Chat, Guid JamieId, HubConnection Customer, StepInbox CustomerSees, HubConnection Jamie, StepInbox JamieSees, HubConnection Alex)
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
