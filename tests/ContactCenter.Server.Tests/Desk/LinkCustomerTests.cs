using System.Net;
using System.Net.Http.Json;
using ContactCenter.Contracts;
using ContactCenter.Contracts.Access;
using ContactCenter.Contracts.Conversations;
using ContactCenter.Contracts.Customers;
using ContactCenter.Testing;
using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.Client;
using static ContactCenter.Server.Tests.Desk.DeskPeople;

namespace ContactCenter.Server.Tests.Desk;

/// <summary>
/// Linking a widget chat to the profile staff recognise, through the real hubs and API: the
/// conversation follows the profile, the profile it came from stays linked, and who may.
/// </summary>
[Collection(DeskServerCollection.Name)]
public sealed class LinkCustomerTests(DeskServerFixture fixture)
{
    // Seeded without conversations and asserted by no other test, so linking chats to him changes no one's expectations.
    private static readonly Guid Lukas = new("0193b000-0000-7000-8000-000000000004");
    private static readonly Guid SashaId = new("0193a000-0000-7000-8000-000000000003");
    private ServerHost Host => fixture.Host;

    [Fact]
    public async Task A_senior_links_a_widget_chat_to_a_known_profile_and_the_conversation_follows_that_profile()
    {
        var widget = await Host.StartChatWithEmailAsync(Unique("Anna Anonymous"), "anna.anon@example.com");
        var chat = widget.ConversationId!.Value;
        await using var customer = await Host.CustomerHubAsync(widget.CustomerToken);
        var customerSees = new StepInbox(customer);
        await using var jamie = await Host.StaffHubAsync("jamie.agent");
        await jamie.InvokeAsync<CommandAck>("Take", chat);
        await using var sasha = await Host.StaffHubAsync("sasha.senior");
        var sashaSees = new StepInbox(sasha);
        await sasha.InvokeAsync<ConversationEventDto[]>("GetEventsSince", chat, 0L);

        var linked = await sasha.InvokeAsync<CommandAck>("LinkCustomer", chat, Lukas);

        var staffStep = await sashaSees.VersionAsync(chat, linked.Version);
        Assert.Equal(new CustomerLinkedStep(Lukas, SashaId, "Sasha Senior"), staffStep.Payload);
        var hidden = await customerSees.VersionAsync(chat, linked.Version);
        Assert.IsType<HiddenStep>(hidden.Payload);
        var replay = await customer.InvokeAsync<ConversationEventDto[]>("GetEventsSince", chat, 0L);
        Assert.Equal(Enumerable.Range(1, replay.Length).Select(v => (long)v), replay.Select(s => s.Version));
        Assert.DoesNotContain(replay, s => s.Payload is CustomerLinkedStep);

        var lukasHistory = await sasha.InvokeAsync<ConversationSummaryDto[]>("GetCustomerConversations", Lukas);
        var annaHistory = await sasha.InvokeAsync<ConversationSummaryDto[]>("GetCustomerConversations", widget.CustomerId);
        Assert.Contains(lukasHistory, c => c.Id == chat);
        Assert.DoesNotContain(annaHistory, c => c.Id == chat);

        // Sasha (senior) sees the profile it came from; Jamie (an agent) is no longer in a conversation
        // with that profile, so it is not shown to him (the rule of reading a profile), over the hub or REST.
        var sashaLinked = Assert.Single(await sasha.InvokeAsync<CustomerDto[]>("GetLinkedProfiles", chat));
        Assert.Equal((widget.CustomerId, "anna.anon@example.com", false), (sashaLinked.Id, sashaLinked.Email, sashaLinked.Masked));
        Assert.Empty(await jamie.InvokeAsync<CustomerDto[]>("GetLinkedProfiles", chat));
        using var jamieApi = await Host.SignedInAsync("jamie.agent");
        Assert.Empty((await jamieApi.GetFromJsonAsync<CustomerDto[]>($"{ApiRoutes.Conversations}/{chat}/linked-profiles"))!);

        // The agent rules that read the conversation's customer follow the link: Jamie is now in an
        // active conversation with Lukas, and Lukas is one of Jamie's contacts.
        Assert.Equal(Lukas, (await jamie.InvokeAsync<CustomerDto>("GetCustomer", Lukas)).Id);
        Assert.Contains(await jamie.InvokeAsync<CustomerDto[]>("SearchCustomers", "Lukas Becker"), c => c.Id == Lukas);
    }

    [Fact]
    public async Task The_customer_at_the_widget_keeps_their_chat_after_it_was_linked()
    {
        var widget = await Host.StartChatAsync(Unique("Wes Widget"));
        var chat = widget.ConversationId!.Value;
        await using var jamie = await Host.StaffHubAsync("jamie.agent");
        await jamie.InvokeAsync<CommandAck>("Take", chat);
        await using var sasha = await Host.StaffHubAsync("sasha.senior");
        var linked = await sasha.InvokeAsync<CommandAck>("LinkCustomer", chat, Lukas);

        // A widget that reconnects (or reloads) still finds and follows its chat, and may write in it.
        await using var customer = await Host.CustomerHubAsync(widget.CustomerToken);
        var mine = await customer.InvokeAsync<Guid[]>("GetMyConversations");
        var sent = await customer.InvokeAsync<CommandAck>("SendMessage", chat, Guid.CreateVersion7(), "Still here");
        using var current = new HttpRequestMessage(HttpMethod.Get, new Uri($"{ApiRoutes.WidgetChats}/current", UriKind.Relative));
        current.Headers.Authorization = new("Bearer", widget.CustomerToken);
        using var response = await Host.Http.SendAsync(current);

        Assert.Contains(chat, mine);
        Assert.Equal(linked.Version + 1, sent.Version);
        Assert.Equal(chat, (await response.Content.ReadFromJsonAsync<CustomerSession>())!.ConversationId);
    }

    [Fact]
    public async Task A_link_never_hands_a_chat_to_the_linked_profiles_own_widget_session()
    {
        // Kim chatted before from her own widget (her token) and left. Another widget chat is then
        // linked to Kim's profile. Tried with Kim's token: follow it, list it, read it, write in it,
        // and ask the widget API for the current chat.
        var kim = await Host.StartChatAsync(Unique("Kim Known"));
        await using (var kimEarlier = await Host.CustomerHubAsync(kim.CustomerToken))
        {
            await kimEarlier.InvokeAsync<CommandAck>("Leave", kim.ConversationId!.Value);
        }

        var stranger = await Host.StartChatAsync(Unique("Stan Stranger"));
        var chat = stranger.ConversationId!.Value;
        await using var jamie = await Host.StaffHubAsync("jamie.agent");
        await jamie.InvokeAsync<CommandAck>("Take", chat);
        await using var sasha = await Host.StaffHubAsync("sasha.senior");
        var linked = await sasha.InvokeAsync<CommandAck>("LinkCustomer", chat, kim.CustomerId);

        await using var kimNow = await Host.CustomerHubAsync(kim.CustomerToken);
        var kimSees = new StepInbox(kimNow);
        var mine = await kimNow.InvokeAsync<Guid[]>("GetMyConversations");
        var read = await Assert.ThrowsAsync<HubException>(() => kimNow.InvokeAsync<ConversationEventDto[]>("GetEventsSince", chat, 0L));
        var write = await Assert.ThrowsAsync<HubException>(() => kimNow.InvokeAsync<CommandAck>("SendMessage", chat, Guid.CreateVersion7(), "Whose chat is this?"));
        using var current = new HttpRequestMessage(HttpMethod.Get, new Uri($"{ApiRoutes.WidgetChats}/current", UriKind.Relative));
        current.Headers.Authorization = new("Bearer", kim.CustomerToken);
        using var response = await Host.Http.SendAsync(current);

        Assert.DoesNotContain(chat, mine);
        Assert.Contains("not-found", read.Message, StringComparison.Ordinal);
        Assert.Contains("not-found", write.Message, StringComparison.Ordinal);
        Assert.Null((await response.EnsureSuccessStatusCode().Content.ReadFromJsonAsync<CustomerSession>())!.ConversationId);
        // The stranger who started it keeps it; Kim's connection got none of its steps.
        await using var strangerHub = await Host.CustomerHubAsync(stranger.CustomerToken);
        var sent = await strangerHub.InvokeAsync<CommandAck>("SendMessage", chat, Guid.CreateVersion7(), "Still me");
        Assert.Equal(linked.Version + 1, sent.Version);
        Assert.Equal(sent.Version, (await jamie.InvokeAsync<ConversationEventDto[]>("GetEventsSince", chat, 0L))[^1].Version);
        await kimNow.InvokeAsync<Guid[]>("GetMyConversations");
        Assert.DoesNotContain(kimSees.Received, s => s.ConversationId == chat);
    }

    [Fact]
    public async Task An_agent_cannot_link_a_conversation_to_another_profile()
    {
        // Refused by permission (the matrix: agents may not link), even for the agent who owns the chat.
        var chat = (await Host.StartChatAsync(Unique("Otto Owned"))).ConversationId!.Value;
        await using var jamie = await Host.StaffHubAsync("jamie.agent");
        var taken = await jamie.InvokeAsync<CommandAck>("Take", chat);
        using var jamieApi = await Host.SignedInAsync("jamie.agent");

        var refused = await Assert.ThrowsAsync<HubException>(() => jamie.InvokeAsync<CommandAck>("LinkCustomer", chat, Lukas));
        using var overRest = await jamieApi.PostAsJsonAsync($"{ApiRoutes.Conversations}/{chat}/customer", new { customerId = Lukas });

        Assert.Contains("permission-denied", refused.Message, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, overRest.StatusCode);
        var steps = await jamie.InvokeAsync<ConversationEventDto[]>("GetEventsSince", chat, 0L);
        Assert.Equal(taken.Version, steps[^1].Version);
    }

    [Fact]
    public async Task Linking_to_a_customer_who_does_not_exist_is_refused_as_not_found()
    {
        // Tried: a random customer id, over the hub and over REST.
        var chat = (await Host.StartChatAsync(Unique("Nina Nobody"))).ConversationId!.Value;
        await using var sasha = await Host.StaffHubAsync("sasha.senior");
        using var sashaApi = await Host.SignedInAsync("sasha.senior");

        var refused = await Assert.ThrowsAsync<HubException>(() => sasha.InvokeAsync<CommandAck>("LinkCustomer", chat, Guid.NewGuid()));
        using var overRest = await sashaApi.PostAsJsonAsync($"{ApiRoutes.Conversations}/{chat}/customer", new { customerId = Guid.NewGuid() });

        Assert.Contains("not-found", refused.Message, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, overRest.StatusCode);
        var steps = await sasha.InvokeAsync<ConversationEventDto[]>("GetEventsSince", chat, 0L);
        Assert.DoesNotContain(steps, s => s.Payload is CustomerLinkedStep);
    }

    [Fact]
    public async Task A_senior_cannot_link_a_conversation_outside_their_queues()
    {
        // Tried: a senior agent of "sales" only, on a "support" chat, over the hub and over REST.
        var userName = $"sales.senior.{Guid.NewGuid().ToString("N")[..8]}";
        using (var admin = await Host.SignedInAsync("ada.admin"))
        {
            (await admin.PostAsJsonAsync(ApiRoutes.Users, new CreateUserRequest(userName, "Sales Senior", $"{userName}@demo.local", "Senior!2026", ["senior-agent"], ["sales"])))
                .EnsureSuccessStatusCode();
        }

        var chat = (await Host.StartChatAsync(Unique("Quinn Queue"))).ConversationId!.Value;
        await using var senior = await ChatClients.ConnectAsync(Host, ApiRoutes.AgentHub, await Host.TokenAsync(userName, "Senior!2026"));
        using var seniorApi = await Host.SignedInAsync(userName, "Senior!2026");

        var link = await Assert.ThrowsAsync<HubException>(() => senior.InvokeAsync<CommandAck>("LinkCustomer", chat, Lukas));
        var read = await Assert.ThrowsAsync<HubException>(() => senior.InvokeAsync<CustomerDto[]>("GetLinkedProfiles", chat));
        using var overRest = await seniorApi.PostAsJsonAsync($"{ApiRoutes.Conversations}/{chat}/customer", new { customerId = Lukas });

        Assert.Contains("not-queue-member", link.Message, StringComparison.Ordinal);
        Assert.Contains("not-queue-member", read.Message, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, overRest.StatusCode);
        Assert.Contains("not-queue-member", await overRest.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Linking_twice_to_the_same_profile_adds_no_step()
    {
        // The first link over REST, the same link again over REST and over the hub.
        var chat = (await Host.StartChatAsync(Unique("Tina Twice"))).ConversationId!.Value;
        using var sashaApi = await Host.SignedInAsync("sasha.senior");
        await using var sasha = await Host.StaffHubAsync("sasha.senior");

        using var first = await sashaApi.PostAsJsonAsync($"{ApiRoutes.Conversations}/{chat}/customer", new { customerId = Lukas });
        var firstAck = (await first.EnsureSuccessStatusCode().Content.ReadFromJsonAsync<CommandAck>())!;
        using var again = await sashaApi.PostAsJsonAsync($"{ApiRoutes.Conversations}/{chat}/customer", new { customerId = Lukas });
        var overHub = await sasha.InvokeAsync<CommandAck>("LinkCustomer", chat, Lukas);

        Assert.Equal(firstAck.Version, (await again.EnsureSuccessStatusCode().Content.ReadFromJsonAsync<CommandAck>())!.Version);
        Assert.Equal(firstAck.Version, overHub.Version);
        var steps = await sasha.InvokeAsync<ConversationEventDto[]>("GetEventsSince", chat, 0L);
        Assert.Equal(Lukas, Assert.Single(steps.Select(s => s.Payload).OfType<CustomerLinkedStep>()).CustomerId);
        Assert.Single(await sasha.InvokeAsync<CustomerDto[]>("GetLinkedProfiles", chat));
    }
}
