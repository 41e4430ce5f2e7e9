using System.Net;
using System.Net.Http.Json;
using ContactCenter.Contracts;
using ContactCenter.Contracts.Access;
using ContactCenter.Contracts.Conversations;
using ContactCenter.Contracts.Customers;
using ContactCenter.Server.Tests.Scenes;
using ContactCenter.Testing;
using ContactCenter.Testing.Scenes;
using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.Client;

namespace ContactCenter.Server.Tests.Access;

/// <summary>One access rule for everything that names a conversation, through the real hub and API.</summary>
[Collection(ChatScenes.Name)]
public sealed class ConversationAccessTests(SharedServerFixture fixture)
{
    [Fact]
    public async Task An_agent_of_another_queue_can_neither_note_nor_mark_read_and_the_customer_sees_no_read()
    {
        // Tried as sol, an agent of "sales" only, on a "support" chat Jamie handles: a private note,
        // a read receipt and typing over the hub, a note and a read over REST, and reading its steps.
        var scene = await fixture.NewSceneAsync();
        var host = scene.Host;
        var solSales = $"sol.sales.{scene.Tag}";
        using (var admin = await scene.SignedInAsync("ada.admin"))
        {
            (await admin.PostAsJsonAsync(ApiRoutes.Users, new CreateUserRequest(solSales, "Sol Sales", "sol@demo.local", "Sales!2026", ["agent"], [scene.QueueId("sales")]))).EnsureSuccessStatusCode();
        }

        var widget = await scene.StartChatAsync("Cleo Customer");
        var chat = widget.ConversationId!.Value;
        await using var customer = await host.CustomerHubAsync(widget.CustomerToken);
        await using var jamie = await host.AgentHubAsync(await scene.TokenAsync("jamie.agent"));
        await jamie.InvokeAsync<CommandAck>("Take", chat);
        var messageId = Guid.CreateVersion7();
        var sent = await customer.InvokeAsync<CommandAck>("SendMessage", chat, messageId, "Hello?");
        await using var sol = await host.AgentHubAsync(await host.TokenAsync(solSales, "Sales!2026"));
        using var solApi = await host.SignedInAsync(solSales, "Sales!2026");

        var note = await Assert.ThrowsAsync<HubException>(() => sol.InvokeAsync<CommandAck>("PostNote", chat, Guid.NewGuid(), "Snooping"));
        var read = await Assert.ThrowsAsync<HubException>(() => sol.InvokeAsync<CommandAck>("MarkRead", chat, messageId));
        var typing = await Assert.ThrowsAsync<HubException>(() => sol.InvokeAsync("Typing", chat, true));
        var steps = await Assert.ThrowsAsync<HubException>(() => sol.InvokeAsync<ConversationEventDto[]>("GetEventsSince", chat, 0L));
        using var restNote = await solApi.PostAsJsonAsync($"{ApiRoutes.Conversations}/{chat}/notes", new { text = "Snooping" });
        using var restRead = await solApi.PostAsJsonAsync($"{ApiRoutes.Conversations}/{chat}/read", new { upToMessageId = messageId });

        Assert.All(new[] { note.Message, read.Message, typing.Message, steps.Message }, m => Assert.Contains("not-queue-member", m, StringComparison.Ordinal));
        Assert.Equal((HttpStatusCode.Forbidden, HttpStatusCode.Forbidden), (restNote.StatusCode, restRead.StatusCode));
        Assert.Contains("not-queue-member", await restRead.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        // Nothing was stored: the customer's and the owner's histories end at the customer's message.
        var customerSteps = await customer.InvokeAsync<ConversationEventDto[]>("GetEventsSince", chat, 0L);
        Assert.Equal(sent.Version, customerSteps[^1].Version);
        Assert.DoesNotContain(customerSteps, s => s.Payload is ReadStep);
        Assert.Equal(sent.Version, (await jamie.InvokeAsync<ConversationEventDto[]>("GetEventsSince", chat, 0L))[^1].Version);

        // The owner still notes and reads, over the hub and REST: the rule refuses outsiders only.
        using var jamieApi = await scene.SignedInAsync("jamie.agent");
        await jamie.InvokeAsync<CommandAck>("PostNote", chat, Guid.NewGuid(), "Asked about billing");
        (await jamieApi.PostAsJsonAsync($"{ApiRoutes.Conversations}/{chat}/read", new { upToMessageId = messageId })).EnsureSuccessStatusCode();
        var seen = Assert.Single(await customer.InvokeAsync<ConversationEventDto[]>("GetEventsSince", chat, sent.Version), s => s.Payload is ReadStep);
        Assert.Equal(new ReadStep(AuthorKindDto.Agent, "Jamie Agent", messageId, ReaderId: null), seen.Payload);
    }

    [Fact]
    public async Task A_supervisor_ends_an_agents_active_conversation_and_the_customer_is_told()
    {
        // Tried: Alex (an agent of the same queue, not the owner) ends Jamie's chat, then Sam
        // (supervisor, not a participant) does, over the hub; and Sam ends a second chat over REST.
        var scene = await fixture.NewSceneAsync();
        var host = scene.Host;
        var first = await scene.StartChatAsync("Ezra Ended");
        var second = await scene.StartChatAsync("Rita Rest");
        await using var customer = await host.CustomerHubAsync(first.CustomerToken);
        var customerSees = new StepInbox(customer);
        await using var jamie = await host.AgentHubAsync(await scene.TokenAsync("jamie.agent"));
        var taken = await jamie.InvokeAsync<CommandAck>("Take", first.ConversationId!.Value);
        await jamie.InvokeAsync<CommandAck>("Take", second.ConversationId!.Value);
        await using var alex = await host.AgentHubAsync(await scene.TokenAsync("alex.agent"));
        await using var sam = await host.AgentHubAsync(await scene.TokenAsync("sam.supervisor"));
        using var samApi = await scene.SignedInAsync("sam.supervisor");

        var refused = await Assert.ThrowsAsync<HubException>(() => alex.InvokeAsync<CommandAck>("End", first.ConversationId!.Value));
        var ended = await sam.InvokeAsync<CommandAck>("End", first.ConversationId!.Value);
        using var overRest = await samApi.PostAsync(new Uri($"{ApiRoutes.Conversations}/{second.ConversationId}/end", UriKind.Relative), null);

        Assert.Contains("not-participant", refused.Message, StringComparison.Ordinal);
        Assert.Equal(taken.Version + 1, ended.Version);
        var told = await customerSees.VersionAsync(first.ConversationId!.Value, ended.Version);
        Assert.Equal((new EndedStep("Sam Supervisor"), ConversationStatusDto.WrapUp), (told.Payload, told.Status));
        Assert.Equal(HttpStatusCode.OK, overRest.StatusCode);
        var secondSteps = await jamie.InvokeAsync<ConversationEventDto[]>("GetEventsSince", second.ConversationId!.Value, 0L);
        Assert.Equal(new EndedStep("Sam Supervisor"), secondSteps[^1].Payload);
    }

    [Fact]
    public async Task A_supervisor_of_other_queues_can_neither_read_end_nor_list_a_conversation_and_one_who_sees_every_floor_can()
    {
        // Tried as Vera, a supervisor of "sales" only, on a "support" chat Jamie handles: reading its
        // steps and ending it over the hub, ending it over REST, and finding it in the REST list.
        // Then as ada.admin, who sees every floor: the same read and list succeed.
        var scene = await fixture.NewSceneAsync();
        var host = scene.Host;
        var vera = $"vera.sales.{scene.Tag}";
        using (var admin = await scene.SignedInAsync("ada.admin"))
        {
            (await admin.PostAsJsonAsync(ApiRoutes.Users, new CreateUserRequest(vera, "Vera Sales", "vera@demo.local", "Sales!2026", ["supervisor"], [scene.QueueId("sales")]))).EnsureSuccessStatusCode();
        }

        var widget = await scene.StartChatAsync("Olga Outside");
        var chat = widget.ConversationId!.Value;
        await using var jamie = await host.AgentHubAsync(await scene.TokenAsync("jamie.agent"));
        var taken = await jamie.InvokeAsync<CommandAck>("Take", chat);
        await using var veraHub = await host.AgentHubAsync(await host.TokenAsync(vera, "Sales!2026"));
        using var veraApi = await host.SignedInAsync(vera, "Sales!2026");

        var read = await Assert.ThrowsAsync<HubException>(() => veraHub.InvokeAsync<ConversationEventDto[]>("GetEventsSince", chat, 0L));
        var end = await Assert.ThrowsAsync<HubException>(() => veraHub.InvokeAsync<CommandAck>("End", chat));
        using var restEnd = await veraApi.PostAsync(new Uri($"{ApiRoutes.Conversations}/{chat}/end", UriKind.Relative), null);
        var listed = await veraApi.GetFromJsonAsync<ConversationSummaryDto[]>(ApiRoutes.Conversations);

        Assert.All(new[] { read.Message, end.Message }, m => Assert.Contains("not-queue-member", m, StringComparison.Ordinal));
        Assert.Equal(HttpStatusCode.Forbidden, restEnd.StatusCode);
        Assert.DoesNotContain(listed!, c => c.Id == chat);
        // Nothing was stored: the chat is still Jamie's, active, at the version he took it.
        var steps = await jamie.InvokeAsync<ConversationEventDto[]>("GetEventsSince", chat, 0L);
        Assert.Equal((taken.Version, ConversationStatusDto.Active), (steps[^1].Version, steps[^1].Status));

        using var adaApi = await scene.SignedInAsync("ada.admin");
        await using var adaHub = await host.AgentHubAsync(await scene.TokenAsync("ada.admin"));
        Assert.Equal(taken.Version, (await adaHub.InvokeAsync<ConversationEventDto[]>("GetEventsSince", chat, 0L))[^1].Version);
        Assert.Contains((await adaApi.GetFromJsonAsync<ConversationSummaryDto[]>(ApiRoutes.Conversations))!, c => c.Id == chat);
    }
}
