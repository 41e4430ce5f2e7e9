using ContactCenter.Contracts.Conversations;
using ContactCenter.Contracts.Customers;
using ContactCenter.Contracts.Desk;
using ContactCenter.Testing;
using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.Client;
using static ContactCenter.Server.Tests.Desk.DeskPeople;

namespace ContactCenter.Server.Tests.Desk;

/// <summary>The customer panel's hub methods, held to the permission matrix: directory, history, create and edit.</summary>
[Collection(DeskServerCollection.Name)]
public sealed class CustomerHubTests(DeskServerFixture fixture)
{
    private static readonly Guid Maria = new("0193b000-0000-7000-8000-000000000001");
    private ServerHost Host => fixture.Host;

    [Fact]
    public async Task An_agent_gets_the_custom_fields_a_profile_shows_with_which_are_personal()
    {
        await using var jamie = await Host.StaffHubAsync("jamie.agent");

        var fields = await jamie.InvokeAsync<CustomerFieldDto[]>("GetCustomerFields");

        Assert.Equal([("plan", false), ("company", false), ("accountNumber", true), ("birthDate", true)], fields.Select(f => (f.Key, f.IsPii)));
        Assert.Equal(("Plan", "Choice"), (fields[0].Label, fields[0].Type));
        Assert.Equal(["Free", "Pro", "Enterprise"], fields[0].Options);
    }

    [Fact]
    public async Task An_agent_sees_a_customers_whole_history_without_a_conversation_with_them()
    {
        // Jamie has never talked to Maria; one of her conversations was Alex's, the other Sasha's.
        await using var jamie = await Host.StaffHubAsync("jamie.agent");

        var history = await jamie.InvokeAsync<ConversationSummaryDto[]>("GetCustomerConversations", Maria);

        Assert.Equal(
            [(new Guid("0193c000-0000-7000-8000-000000000002"), "Sasha Senior"), (new Guid("0193c000-0000-7000-8000-000000000001"), "Alex Agent")],
            history.Select(c => (c.Id, c.AgentName)));
    }

    [Fact]
    public async Task An_agents_search_finds_only_contacts_of_their_own_conversations_masked_and_a_seniors_finds_everyone_clear()
    {
        var tag = Unique("Dora");
        var mine = await Host.StartChatWithEmailAsync($"{tag} Mine", "dora.mine@example.com");
        var other = await Host.StartChatWithEmailAsync($"{tag} Other", "dora.other@example.com");
        await using var jamie = await Host.StaffHubAsync("jamie.agent");
        await using var alex = await Host.StaffHubAsync("alex.agent");
        await jamie.InvokeAsync<CommandAck>("Take", mine.ConversationId!.Value);
        await alex.InvokeAsync<CommandAck>("Take", other.ConversationId!.Value);
        await using var sasha = await Host.StaffHubAsync("sasha.senior");

        var jamieFinds = await jamie.InvokeAsync<CustomerDto[]>("SearchCustomers", tag);
        var jamieByEmail = await jamie.InvokeAsync<CustomerDto[]>("SearchCustomers", "dora.mine@");
        var sashaFinds = await sasha.InvokeAsync<CustomerDto[]>("SearchCustomers", tag);

        var found = Assert.Single(jamieFinds);
        Assert.Equal((mine.CustomerId, "d***@example.com", true), (found.Id, found.Email, found.Masked));
        Assert.Empty(jamieByEmail);
        Assert.Equal(
            [($"{tag} Mine", "dora.mine@example.com", false), ($"{tag} Other", "dora.other@example.com", false)],
            sashaFinds.Select(c => (c.Name, c.Email, c.Masked)));
    }

    [Fact]
    public async Task An_agent_cannot_create_a_customer_and_a_senior_agent_can()
    {
        // Tried: an agent creates a profile from scratch.
        var name = Unique("Carl Created");
        var request = new CustomerRequest(name, "carl@example.com", "+1 555 0100", new Dictionary<string, string> { ["plan"] = "Pro" });
        await using var jamie = await Host.StaffHubAsync("jamie.agent");
        await using var sasha = await Host.StaffHubAsync("sasha.senior");

        var refused = await Assert.ThrowsAsync<HubException>(() => jamie.InvokeAsync<CustomerDto>("CreateCustomer", request));
        Assert.Contains("permission-denied", refused.Message, StringComparison.Ordinal);
        Assert.Empty(await sasha.InvokeAsync<CustomerDto[]>("SearchCustomers", name));

        var created = await sasha.InvokeAsync<CustomerDto>("CreateCustomer", request);

        Assert.Equal((name, "carl@example.com", "+1 555 0100", "Pro", false), (created.Name, created.Email, created.Phone, created.Fields["plan"], created.Masked));
        Assert.Equal(created.Id, Assert.Single(await sasha.InvokeAsync<CustomerDto[]>("SearchCustomers", name)).Id);
    }

    [Fact]
    public async Task A_senior_cannot_create_an_invalid_profile()
    {
        // Tried: no name, and a plan that is not one of the schema's options.
        await using var sasha = await Host.StaffHubAsync("sasha.senior");
        var name = Unique("Ivan Invalid");

        var nameless = await Assert.ThrowsAsync<HubException>(() => sasha.InvokeAsync<CustomerDto>("CreateCustomer", new CustomerRequest("  ", null, null, null)));
        var badPlan = await Assert.ThrowsAsync<HubException>(() => sasha.InvokeAsync<CustomerDto>("CreateCustomer",
            new CustomerRequest(name, null, null, new Dictionary<string, string> { ["plan"] = "Platinum" })));

        Assert.Contains("invalid: ", nameless.Message, StringComparison.Ordinal);
        Assert.Contains("A customer needs a name.", nameless.Message, StringComparison.Ordinal);
        Assert.Contains("invalid: ", badPlan.Message, StringComparison.Ordinal);
        Assert.Contains("Platinum", badPlan.Message, StringComparison.Ordinal);
        Assert.Empty(await sasha.InvokeAsync<CustomerDto[]>("SearchCustomers", name));
    }

    [Fact]
    public async Task An_agent_edits_a_profile_only_while_in_an_active_conversation_with_that_customer()
    {
        // Tried: before taking the chat, and after resolving it.
        var name = Unique("Eve Edited");
        var session = await Host.StartChatAsync(name);
        var chat = session.ConversationId!.Value;
        await using var jamie = await Host.StaffHubAsync("jamie.agent");
        var edit = new CustomerRequest(name, null, null, new Dictionary<string, string> { ["company"] = "Edited Ltd" });

        var before = await Assert.ThrowsAsync<HubException>(() => jamie.InvokeAsync<CustomerDto>("UpdateCustomer", session.CustomerId, edit));
        await jamie.InvokeAsync<CommandAck>("Take", chat);
        var during = await jamie.InvokeAsync<CustomerDto>("UpdateCustomer", session.CustomerId, edit);
        await jamie.InvokeAsync<CommandAck>("Resolve", chat);
        var after = await Assert.ThrowsAsync<HubException>(() => jamie.InvokeAsync<CustomerDto>("UpdateCustomer", session.CustomerId,
            edit with { Fields = new Dictionary<string, string> { ["company"] = "Too Late Ltd" } }));

        Assert.Contains("customer-not-in-conversation", before.Message, StringComparison.Ordinal);
        Assert.Equal("Edited Ltd", during.Fields["company"]);
        Assert.Contains("customer-not-in-conversation", after.Message, StringComparison.Ordinal);
        await using var sasha = await Host.StaffHubAsync("sasha.senior");
        Assert.Equal("Edited Ltd", (await sasha.InvokeAsync<CustomerDto>("GetCustomer", session.CustomerId)).Fields["company"]);
    }

    [Fact]
    public async Task An_agent_cannot_change_personal_data_they_see_masked()
    {
        // Tried: an agent in an active conversation replaces the masked email with a new one.
        var name = Unique("Pia Private");
        var session = await Host.StartChatWithEmailAsync(name, "pia.private@example.com");
        await using var jamie = await Host.StaffHubAsync("jamie.agent");
        await jamie.InvokeAsync<CommandAck>("Take", session.ConversationId!.Value);
        var shown = await jamie.InvokeAsync<CustomerDto>("GetCustomer", session.CustomerId);

        var refused = await Assert.ThrowsAsync<HubException>(() => jamie.InvokeAsync<CustomerDto>("UpdateCustomer", session.CustomerId,
            new CustomerRequest(shown.Name, "attacker@example.com", shown.Phone, shown.Fields)));
        var renamed = await jamie.InvokeAsync<CustomerDto>("UpdateCustomer", session.CustomerId,
            new CustomerRequest($"{name} Renamed", shown.Email, shown.Phone, shown.Fields));

        Assert.Contains("permission-denied", refused.Message, StringComparison.Ordinal);
        Assert.Equal(($"{name} Renamed", "p***@example.com", true), (renamed.Name, renamed.Email, renamed.Masked));
        await using var sasha = await Host.StaffHubAsync("sasha.senior");
        var stored = await sasha.InvokeAsync<CustomerDto>("GetCustomer", session.CustomerId);
        Assert.Equal(($"{name} Renamed", "pia.private@example.com"), (stored.Name, stored.Email));
    }

    [Fact]
    public async Task An_agent_who_leaves_the_custom_fields_out_of_an_edit_keeps_them_personal_ones_included()
    {
        // Tried: an agent renames a customer whose personal custom field they see masked, sending no fields at all.
        var name = Unique("Finn Fields");
        var session = await Host.StartChatWithEmailAsync(name, "finn.fields@example.com");
        await using var sasha = await Host.StaffHubAsync("sasha.senior");
        var clear = await sasha.InvokeAsync<CustomerDto>("GetCustomer", session.CustomerId);
        await sasha.InvokeAsync<CustomerDto>("UpdateCustomer", session.CustomerId,
            clear.ToRequest() with { Fields = new Dictionary<string, string> { ["company"] = "Fields Ltd", ["accountNumber"] = "AC-555111" } });
        await using var jamie = await Host.StaffHubAsync("jamie.agent");
        await jamie.InvokeAsync<CommandAck>("Take", session.ConversationId!.Value);
        var shown = await jamie.InvokeAsync<CustomerDto>("GetCustomer", session.CustomerId);

        var renamed = await jamie.InvokeAsync<CustomerDto>("UpdateCustomer", session.CustomerId, shown.ToRequest() with { Name = $"{name} Renamed", Fields = null });

        Assert.Equal(($"{name} Renamed", "Fields Ltd"), (renamed.Name, renamed.Fields["company"]));
        var stored = await sasha.InvokeAsync<CustomerDto>("GetCustomer", session.CustomerId);
        Assert.Equal(($"{name} Renamed", "finn.fields@example.com", "Fields Ltd", "AC-555111"), (stored.Name, stored.Email, stored.Fields["company"], stored.Fields["accountNumber"]));
    }

    [Fact]
    public async Task A_senior_agent_edits_any_profile_and_sees_it_clear()
    {
        await using var sasha = await Host.StaffHubAsync("sasha.senior");
        var created = await sasha.InvokeAsync<CustomerDto>("CreateCustomer", new CustomerRequest(Unique("Sol Senior"), "sol@example.com", null, null));

        var updated = await sasha.InvokeAsync<CustomerDto>("UpdateCustomer", created.Id, created.ToRequest() with { Email = "sol.new@example.com" });

        Assert.Equal(("sol.new@example.com", false), (updated.Email, updated.Masked));
    }

    [Fact]
    public async Task Editing_a_customer_that_does_not_exist_is_refused_as_not_found()
    {
        // Tried: a random customer id, by a senior agent who may edit anyone.
        await using var sasha = await Host.StaffHubAsync("sasha.senior");

        var refused = await Assert.ThrowsAsync<HubException>(() => sasha.InvokeAsync<CustomerDto>("UpdateCustomer", Guid.NewGuid(), new CustomerRequest("Ghost", null, null, null)));

        Assert.Contains("not-found", refused.Message, StringComparison.Ordinal);
    }
}

internal static class CustomerRequests
{
    public static CustomerRequest ToRequest(this CustomerDto customer) => new(customer.Name, customer.Email, customer.Phone, customer.Fields);
}
