using ContactCenter.Contracts.Conversations;
using ContactCenter.Contracts.Desk;
using ContactCenter.Testing;
using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.Client;
using static ContactCenter.Server.Tests.Desk.DeskPeople;

namespace ContactCenter.Server.Tests.Desk;

/// <summary>Labels through the real hubs: the catalog, putting them on and off, who may, and who sees what.</summary>
[Collection(DeskServerCollection.Name)]
public sealed class LabelTests(DeskServerFixture fixture)
{
    private ServerHost Host => fixture.Host;

    [Fact]
    public async Task An_agent_reads_the_label_catalog_by_name()
    {
        await using var jamie = await Host.StaffHubAsync("jamie.agent");

        var labels = await jamie.InvokeAsync<LabelDto[]>("GetLabels");

        Assert.Equal(["Billing", "Bug", "Feature request", "VIP"], labels.Select(l => l.Name));
        Assert.Equal(new LabelDto("vip", "VIP", "#fb8c00"), labels[^1]);
    }

    [Fact]
    public async Task Labels_reach_staff_as_labeled_and_unlabeled_steps_and_the_customer_only_as_hidden_steps()
    {
        var session = await Host.StartChatAsync(Unique("Lena Labelled"));
        var chat = session.ConversationId!.Value;
        await using var customer = await Host.CustomerHubAsync(session.CustomerToken);
        var customerSees = new StepInbox(customer);
        await using var jamie = await Host.StaffHubAsync("jamie.agent");
        var jamieSees = new StepInbox(jamie);
        await jamie.InvokeAsync<CommandAck>("Take", chat);

        var labeled = await jamie.InvokeAsync<CommandAck>("AddLabel", chat, "bug");
        var unlabeled = await jamie.InvokeAsync<CommandAck>("RemoveLabel", chat, "bug");

        var on = await jamieSees.VersionAsync(chat, labeled.Version);
        var off = await jamieSees.VersionAsync(chat, unlabeled.Version);
        Assert.Equal(new LabeledStep("bug", "Jamie Agent"), on.Payload);
        Assert.Equal(new UnlabeledStep("bug", "Jamie Agent"), off.Payload);
        foreach (var version in new[] { labeled.Version, unlabeled.Version })
        {
            var hidden = await customerSees.VersionAsync(chat, version);
            Assert.IsType<HiddenStep>(hidden.Payload);
        }

        var replay = await customer.InvokeAsync<ConversationEventDto[]>("GetEventsSince", chat, 0L);
        Assert.DoesNotContain(replay, s => s.Payload is LabeledStep or UnlabeledStep);
        Assert.Equal(Enumerable.Range(1, replay.Length).Select(v => (long)v), replay.Select(s => s.Version));
    }

    [Fact]
    public async Task A_queue_colleague_who_does_not_own_the_conversation_may_label_it()
    {
        var chat = (await Host.StartChatAsync(Unique("Colin Colleague"))).ConversationId!.Value;
        await using var jamie = await Host.StaffHubAsync("jamie.agent");
        await using var alex = await Host.StaffHubAsync("alex.agent");
        await jamie.InvokeAsync<CommandAck>("Take", chat);

        var ack = await alex.InvokeAsync<CommandAck>("AddLabel", chat, "feature-request");

        var steps = await jamie.InvokeAsync<ConversationEventDto[]>("GetEventsSince", chat, 0L);
        Assert.Equal((ack.Version, new LabeledStep("feature-request", "Alex Agent")), (steps[^1].Version, steps[^1].Payload));
    }

    [Fact]
    public async Task Labeling_twice_with_the_same_label_adds_no_step()
    {
        var chat = (await Host.StartChatAsync(Unique("Tom Twice"))).ConversationId!.Value;
        await using var jamie = await Host.StaffHubAsync("jamie.agent");
        await jamie.InvokeAsync<CommandAck>("Take", chat);

        var first = await jamie.InvokeAsync<CommandAck>("AddLabel", chat, "vip");
        var again = await jamie.InvokeAsync<CommandAck>("AddLabel", chat, "vip");
        var absent = await jamie.InvokeAsync<CommandAck>("RemoveLabel", chat, "billing");

        Assert.Equal(first.Version, again.Version);
        Assert.Equal(first.Version, absent.Version);
        var steps = await jamie.InvokeAsync<ConversationEventDto[]>("GetEventsSince", chat, 0L);
        Assert.Single(steps, s => s.Payload is LabeledStep);
        Assert.DoesNotContain(steps, s => s.Payload is UnlabeledStep);
    }

    [Fact]
    public async Task Agent_cannot_put_on_a_label_that_is_not_in_the_catalog()
    {
        // Tried: a label id no one created, on a conversation the agent owns.
        var chat = (await Host.StartChatAsync(Unique("Una Unknown"))).ConversationId!.Value;
        await using var jamie = await Host.StaffHubAsync("jamie.agent");
        var taken = await jamie.InvokeAsync<CommandAck>("Take", chat);

        var refused = await Assert.ThrowsAsync<HubException>(() => jamie.InvokeAsync<CommandAck>("AddLabel", chat, "no-such-label"));

        Assert.Contains("unknown-label", refused.Message, StringComparison.Ordinal);
        var steps = await jamie.InvokeAsync<ConversationEventDto[]>("GetEventsSince", chat, 0L);
        Assert.Equal(taken.Version, steps[^1].Version);
    }

    [Fact]
    public async Task Agent_cannot_label_a_conversation_outside_their_queues()
    {
        // Tried: Jamie (support only) labels and unlabels a chat of "sales" that Alex owns and labelled.
        var chat = (await Host.StartChatAsync(Unique("Sid Sales"), "sales")).ConversationId!.Value;
        await using var alex = await Host.StaffHubAsync("alex.agent");
        await alex.InvokeAsync<CommandAck>("Take", chat);
        var labeled = await alex.InvokeAsync<CommandAck>("AddLabel", chat, "billing");
        await using var jamie = await Host.StaffHubAsync("jamie.agent");

        var add = await Assert.ThrowsAsync<HubException>(() => jamie.InvokeAsync<CommandAck>("AddLabel", chat, "vip"));
        var remove = await Assert.ThrowsAsync<HubException>(() => jamie.InvokeAsync<CommandAck>("RemoveLabel", chat, "billing"));

        Assert.Contains("not-queue-member", add.Message, StringComparison.Ordinal);
        Assert.Contains("not-queue-member", remove.Message, StringComparison.Ordinal);
        var steps = await alex.InvokeAsync<ConversationEventDto[]>("GetEventsSince", chat, 0L);
        Assert.Equal(labeled.Version, steps[^1].Version);
    }

    [Fact]
    public async Task Labeling_a_conversation_that_does_not_exist_is_refused_as_not_found()
    {
        // Tried: a random conversation id.
        await using var jamie = await Host.StaffHubAsync("jamie.agent");

        var refused = await Assert.ThrowsAsync<HubException>(() => jamie.InvokeAsync<CommandAck>("AddLabel", Guid.NewGuid(), "vip"));

        Assert.Contains("not-found", refused.Message, StringComparison.Ordinal);
    }
}
