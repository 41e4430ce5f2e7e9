using System.Net;
using System.Net.Http.Json;
using ContactCenter.Contracts;
using ContactCenter.Contracts.Access;
using ContactCenter.Contracts.Agents;
using ContactCenter.Contracts.Conversations;
using ContactCenter.Domain.Queues;
using ContactCenter.Server.Tests.Scenes;
using ContactCenter.Testing;
using ContactCenter.Testing.Scenes;
using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.Client;

namespace ContactCenter.Server.Tests.Routing;

/// <summary>A queue's maximum wait through the running server: the router moves the chat, both queues' staff and the customer see it.</summary>
[Collection(RoutingScenes.Name)]
public sealed class OverflowTests(SharedServerFixture fixture)
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(15);

    private static Queue SupportOverflowingInto(string target) =>
        new() { Id = "support", Name = "Support", ChannelId = "web-chat", MaxWait = TimeSpan.FromSeconds(3), OverflowQueueId = target };

    [Fact]
    public async Task A_chat_queued_past_the_maximum_wait_moves_to_the_overflow_queue_behind_those_already_there()
    {
        await using var host = await ServerHost.StartAsync();
        using (var admin = await host.SignedInAsync("ada.admin"))
        {
            (await admin.PutAsJsonAsync("/api/settings/queues/support", SupportOverflowingInto("sales"))).EnsureSuccessStatusCode();
            (await admin.PostAsJsonAsync(ApiRoutes.Users, new CreateUserRequest("sol.sales", "Sol Sales", "sol@demo.local", "Sales!2026", ["agent"], ["sales"]))).EnsureSuccessStatusCode();
        }

        // Nobody is ready, so both chats wait. Jamie works support only, Sol sales only.
        await using var jamie = await host.AgentHubAsync(await host.TokenAsync("jamie.agent"));
        var supportStaffSee = new StepInbox(jamie);
        await using var sol = await host.AgentHubAsync(await host.TokenAsync("sol.sales", "Sales!2026"));
        var salesStaffSee = new StepInbox(sol);
        var alreadyInSales = (await host.StartChatAsync("Already in sales", "sales")).ConversationId!.Value;
        var session = await host.StartChatAsync("Waits too long", "support");
        var chat = session.ConversationId!.Value;
        await using var customer = await host.CustomerHubAsync(session.CustomerToken);
        var customerSees = new StepInbox(customer);
        var secondInSales = new TaskCompletionSource<QueuePositionDto>(TaskCreationOptions.RunContinuationsAsynchronously);
        customer.On<QueuePositionDto>("QueuePosition", p =>
        {
            if (p.ConversationId == chat && p.Position == 2) secondInSales.TrySetResult(p);
        });

        var left = await supportStaffSee.VersionAsync(chat, 2);
        var arrived = await salesStaffSee.VersionAsync(chat, 2);

        Assert.Equal(("sales", ConversationStatusDto.Queued), (Assert.IsType<MovedToQueueStep>(left.Payload).ToQueueId, left.Status));
        Assert.Equal("sales", Assert.IsType<MovedToQueueStep>(arrived.Payload).ToQueueId);
        Assert.IsType<MovedToQueueStep>((await customerSees.VersionAsync(chat, 2)).Payload);
        // Its wait counts from the move, so it queues behind the chat that was already in sales.
        Assert.Equal(2, (await secondInSales.Task.WaitAsync(Patience)).Position);
        Assert.Equal(2, (await customer.InvokeAsync<QueuePositionDto>("GetQueuePosition", chat)).Position);
        Assert.Equal([alreadyInSales, chat], (await sol.InvokeAsync<ConversationSummaryDtoLite[]>("GetWaiting")).Select(c => c.Id));

        var offeredToSol = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        sol.On<ConversationEventDto>("ConversationEvent", step =>
        {
            if (step.ConversationId == chat && step.Payload is OfferedStep offer && offer.AgentName == "Sol Sales") offeredToSol.TrySetResult();
        });
        await sol.InvokeAsync<AgentPresenceDto>("ChooseState", "Ready", null);
        await offeredToSol.Task.WaitAsync(Patience);
    }

    [Fact]
    public async Task Followers_who_lose_access_when_a_chat_overflows_get_no_further_steps_and_supervisors_keep_it()
    {
        // Tried: Jamie (support only) and Sam (supervisor) follow a support chat that overflows to
        // sales; then the customer writes. Jamie must not get that step, nor read the chat again.
        var scene = await fixture.NewSceneAsync();
        var host = scene.Host;
        using (var admin = await scene.SignedInAsync("ada.admin"))
        {
            // Longer than the other test's wait: both must follow the chat before it moves.
            (await admin.PutAsJsonAsync($"/api/settings/queues/{scene.QueueId()}", SupportOverflowingInto(scene.QueueId("sales")) with { MaxWait = TimeSpan.FromSeconds(8) })).EnsureSuccessStatusCode();
        }

        await using var jamie = await host.AgentHubAsync(await scene.TokenAsync("jamie.agent"));
        var jamieSees = new StepInbox(jamie);
        await using var sam = await host.AgentHubAsync(await scene.TokenAsync("sam.supervisor"));
        var samSees = new StepInbox(sam);
        var session = await scene.StartChatAsync("Moves along", "support");
        var chat = session.ConversationId!.Value;
        await using var customer = await host.CustomerHubAsync(session.CustomerToken);
        var customerSees = new StepInbox(customer);
        await jamie.InvokeAsync<ConversationEventDto[]>("GetEventsSince", chat, 0L);
        await sam.InvokeAsync<ConversationEventDto[]>("GetEventsSince", chat, 0L);

        Assert.IsType<MovedToQueueStep>((await customerSees.VersionAsync(chat, 2)).Payload);
        await jamieSees.VersionAsync(chat, 2);
        var written = await customer.InvokeAsync<CommandAck>("SendMessage", chat, Guid.CreateVersion7(), "Anyone there?");

        Assert.IsType<MessageStep>((await samSees.VersionAsync(chat, written.Version)).Payload);
        // One round trip on Jamie's connection after Sam got the step: a push to Jamie's connection
        // would have been written before this answer.
        var refused = await Assert.ThrowsAsync<HubException>(() => jamie.InvokeAsync<ConversationEventDto[]>("GetEventsSince", chat, 0L));
        Assert.Contains("not-queue-member", refused.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(jamieSees.Received, s => s.ConversationId == chat && s.Version >= written.Version);
        Assert.Equal(written.Version, (await sam.InvokeAsync<ConversationEventDto[]>("GetEventsSince", chat, 0L))[^1].Version);
    }

    [Fact]
    public async Task An_overflow_queue_that_does_not_exist_is_refused_and_the_queue_keeps_its_settings()
    {
        // Tried: an unknown overflow queue, the queue itself, and a maximum wait without a target.
        await using var host = await ServerHost.StartAsync();
        using var admin = await host.SignedInAsync("ada.admin");

        using var unknown = await admin.PutAsJsonAsync("/api/settings/queues/support", SupportOverflowingInto("nowhere"));
        using var itself = await admin.PutAsJsonAsync("/api/settings/queues/support", SupportOverflowingInto("support"));
        using var noTarget = await admin.PutAsJsonAsync("/api/settings/queues/support", SupportOverflowingInto("sales") with { OverflowQueueId = null });

        Assert.Equal(HttpStatusCode.BadRequest, unknown.StatusCode);
        Assert.Contains("Overflow queue 'nowhere' does not exist", await unknown.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, itself.StatusCode);
        Assert.Contains("cannot overflow into itself", await itself.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, noTarget.StatusCode);
        var support = (await admin.GetFromJsonAsync<Queue[]>("/api/settings/queues"))!.Single(q => q.Id == "support");
        Assert.Equal((null, null), (support.MaxWait, support.OverflowQueueId));
    }

    private sealed record ConversationSummaryDtoLite(Guid Id);
}
