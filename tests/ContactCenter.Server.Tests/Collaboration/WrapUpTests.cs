using System.Net;
using System.Net.Http.Json;
using ContactCenter.Contracts;
using ContactCenter.Contracts.Conversations;
using ContactCenter.Contracts.Desk;
using ContactCenter.Domain.Queues;
using ContactCenter.Server.Tests.Scenes;
using ContactCenter.Testing;
using ContactCenter.Testing.Scenes;
using Marten;
using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.Client;

namespace ContactCenter.Server.Tests.Collaboration;

/// <summary>
/// Wrap-up through the real hubs: codes and notes during and after the chat, seen by staff once and
/// never by the customer, finished by the owner or by the queue's wrap-up time, which holds the seat.
/// </summary>
[Collection(ChatScenes.Name)]
public sealed class WrapUpTests(SharedServerFixture fixture)
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(15);

    [Fact]
    public async Task The_owner_wraps_up_during_and_after_the_chat_staff_see_it_once_the_customer_never_and_finishing_closes_it()
    {
        // Tried: an agent and a supervisor who do not own it, an unknown code, an empty wrap-up, a
        // finish before the end, a retry with the same id, and the same over REST.
        var scene = await fixture.NewSceneAsync();
        var chat = await scene.AssignedChatAsync(scene.Unique("Wendy Wrapped"));
        var jamie = chat.Agent;
        var jamieSees = new StepInbox(jamie);
        await using var customer = await scene.Host.CustomerHubAsync(chat.Customer.CustomerToken);
        var customerSees = new StepInbox(customer);
        await customer.InvokeAsync<ConversationEventDto[]>("GetEventsSince", chat.Id, 0L);
        await using var alex = await scene.AgentHubAsync("alex.agent");
        await using var sam = await scene.AgentHubAsync("sam.supervisor");
        var jamieId = (await scene.StaffAsync("jamie.agent")).Id;

        var codes = await jamie.InvokeAsync<ReasonCodeDto[]>("GetWrapUpCodes");
        var notReady = await jamie.InvokeAsync<ReasonCodeDto[]>("GetReasonCodes");
        var wrapUpId = Guid.CreateVersion7();
        var during = await jamie.InvokeAsync<CommandAck>("RecordWrapUp", chat.Id, wrapUpId, "refund", "Refund of the late parcel");
        var retried = await jamie.InvokeAsync<CommandAck>("RecordWrapUp", chat.Id, wrapUpId, "refund", "Refund of the late parcel");

        Assert.Contains(new ReasonCodeDto("refund", "Refund or credit"), codes);
        Assert.DoesNotContain(notReady, r => r.Id == "refund");
        Assert.DoesNotContain(codes, r => r.Id == "lunch");
        Assert.Equal(during.Version, retried.Version);
        var seen = await jamieSees.VersionAsync(chat.Id, during.Version);
        Assert.Equal((new WrapUpRecordedStep("refund", "Refund or credit", "Refund of the late parcel", "Jamie Agent"), ConversationStatusDto.Active), (seen.Payload, seen.Status));
        Assert.IsType<HiddenStep>((await customerSees.VersionAsync(chat.Id, during.Version)).Payload);

        var byAgent = await RefusalAsync(() => alex.InvokeAsync<CommandAck>("RecordWrapUp", chat.Id, Guid.CreateVersion7(), "refund", null));
        var bySupervisor = await RefusalAsync(() => sam.InvokeAsync<CommandAck>("RecordWrapUp", chat.Id, Guid.CreateVersion7(), null, "Looks fine"));
        var unknown = await RefusalAsync(() => jamie.InvokeAsync<CommandAck>("RecordWrapUp", chat.Id, Guid.CreateVersion7(), "lunch", null));
        var empty = await RefusalAsync(() => jamie.InvokeAsync<CommandAck>("RecordWrapUp", chat.Id, Guid.CreateVersion7(), null, " "));
        var early = await RefusalAsync(() => jamie.InvokeAsync<CommandAck>("FinishWrapUp", chat.Id));
        Assert.Contains("not-participant", byAgent, StringComparison.Ordinal);
        Assert.Contains("not-participant", bySupervisor, StringComparison.Ordinal);
        Assert.Contains("unknown-wrap-up-code", unknown, StringComparison.Ordinal);
        Assert.Contains("wrap-up-empty", empty, StringComparison.Ordinal);
        Assert.Contains("not-in-wrap-up", early, StringComparison.Ordinal);

        var ended = await jamie.InvokeAsync<CommandAck>("End", chat.Id);
        using var rest = await scene.SignedInAsync("jamie.agent");
        using var after = await rest.PostAsJsonAsync($"{ApiRoutes.Conversations}/{chat.Id}/wrap-up", new { reasonCodeId = "follow-up", note = "Call back Monday" });
        Assert.Equal(HttpStatusCode.OK, after.StatusCode);
        var afterAck = (await after.Content.ReadFromJsonAsync<CommandAck>())!;
        Assert.Equal(new WrapUpRecordedStep("follow-up", "Needs a follow-up", "Call back Monday", "Jamie Agent"), (await jamieSees.VersionAsync(chat.Id, afterAck.Version)).Payload);
        var finished = await jamie.InvokeAsync<CommandAck>("FinishWrapUp", chat.Id);

        var closed = await jamieSees.VersionAsync(chat.Id, finished.Version);
        Assert.Equal((new WrapUpFinishedStep(jamieId, "finished"), ConversationStatusDto.Closed), (closed.Payload, closed.Status));
        var customerClosed = await customerSees.VersionAsync(chat.Id, finished.Version);
        Assert.Equal((typeof(HiddenStep), ConversationStatusDto.Closed), (customerClosed.Payload.GetType(), customerClosed.Status));
        Assert.Equal(finished.Version, (await jamie.InvokeAsync<CommandAck>("FinishWrapUp", chat.Id)).Version);

        // The customer may still rate it; every step reached each party once.
        var rated = await customer.InvokeAsync<CommandAck>("Rate", chat.Id, 4, null);
        await jamieSees.VersionAsync(chat.Id, rated.Version);
        foreach (var version in new[] { during.Version, ended.Version, afterAck.Version, finished.Version })
        {
            Assert.Single(jamieSees.Received, s => s.ConversationId == chat.Id && s.Version == version);
            Assert.Single(customerSees.Received, s => s.ConversationId == chat.Id && s.Version == version);
        }

        await jamie.DisposeAsync();
    }

    [Fact]
    public async Task A_queues_wrap_up_time_keeps_the_seat_taken_until_it_runs_out_and_then_the_router_offers_the_next_chat()
    {
        // Jamie has one seat; the queue holds it for three seconds after an end.
        var scene = await fixture.NewSceneAsync();
        await SetWrapUpTimeAsync(scene, TimeSpan.FromSeconds(3));
        await using var jamie = await scene.ReadyAgentAsync("jamie.agent", capacity: 1);
        var jamieSees = new StepInbox(jamie);
        var offers = new OfferWatch(jamie);
        var first = await scene.QueuedChatAsync(scene.Unique("First Wrap"));
        await offers.ForAsync(first.ConversationId!.Value);
        var accepted = await jamie.InvokeAsync<CommandAck>("AcceptOffer", first.ConversationId!.Value);
        await jamieSees.VersionAsync(first.ConversationId!.Value, accepted.Version);

        var ended = await jamie.InvokeAsync<CommandAck>("End", first.ConversationId!.Value);
        var endStep = await jamieSees.VersionAsync(first.ConversationId!.Value, ended.Version);
        var inbox = await jamie.InvokeAsync<InboxItemDto[]>("GetInbox");
        var second = await scene.QueuedChatAsync(scene.Unique("Second Wrap"));

        var timedOut = await jamieSees.VersionAsync(first.ConversationId!.Value, ended.Version + 1);
        var offer = await offers.ForAsync(second.ConversationId!.Value);

        var row = inbox.Single(r => r.Id == first.ConversationId);
        Assert.Equal((ConversationStatusDto.WrapUp, endStep.At, 3), (row.Status, row.WrapUpSince, row.WrapUpSeconds));
        Assert.Equal((ConversationStatusDto.Closed, "timed-out"), (timedOut.Status, ((WrapUpFinishedStep)timedOut.Payload).Reason));
        Assert.True(timedOut.At - endStep.At >= TimeSpan.FromSeconds(3), $"the wrap-up ended {timedOut.At - endStep.At} after the end");
        // The seat was taken until then: the second chat, queued during the wrap-up, is offered only after it.
        Assert.True(offer.At >= timedOut.At, $"offered at {offer.At:O}, before the wrap-up ended at {timedOut.At:O}");
    }

    private static async Task<string> RefusalAsync(Func<Task> call) => (await Assert.ThrowsAsync<HubException>(call)).Message;

    // The scene's own copy of the queue: no other test reads it.
    private static async Task SetWrapUpTimeAsync(Scene scene, TimeSpan time)
    {
        await using var session = scene.Host.GetRequiredService<IDocumentStore>().LightweightSession();
        var queue = (await session.LoadAsync<Queue>(scene.QueueId()))!;
        session.Store(queue with { WrapUpTime = time });
        await session.SaveChangesAsync();
    }

    private sealed class OfferWatch
    {
        private readonly System.Collections.Concurrent.ConcurrentDictionary<Guid, TaskCompletionSource<ConversationEventDto>> _offers = new();

        public OfferWatch(HubConnection agent) => agent.On<ConversationEventDto>("ConversationEvent", step =>
        {
            if (step.Payload is OfferedStep)
            {
                Of(step.ConversationId).TrySetResult(step);
            }
        });

        public Task<ConversationEventDto> ForAsync(Guid conversationId) => Of(conversationId).Task.WaitAsync(Patience);

        private TaskCompletionSource<ConversationEventDto> Of(Guid id) => _offers.GetOrAdd(id, _ => new(TaskCreationOptions.RunContinuationsAsynchronously));
    }
}
