using System.Net;
using System.Net.Http.Json;
using ContactCenter.Contracts;
using ContactCenter.Contracts.Customers;
using ContactCenter.Testing;

namespace ContactCenter.Server.Tests.Access;

/// <summary>Masked roles never receive a clear personal value: asserted on the raw text the server sends.</summary>
[Collection(SeededServerCollection.Name)]
public sealed class PiiMaskingTests(SeededServerFixture fixture)
{
    private static readonly Guid Amara = new("0193b000-0000-7000-8000-000000000003");

    // Every clear personal value of the seeded customers Alex (an agent) can reach.
    private static readonly string[] ClearPii =
    [
        "maria.garcia@example.com", "+44 7700 900123", "AC-100234",
        "amara@okafor-logistics.example", "+234 803 555 0199", "AC-099812",
        "kenji.tanaka@example.com", "+81 90 1234 5678", "AC-100587", "1990-04-12",
    ];

    [Fact]
    public async Task An_agent_never_receives_clear_pii_from_the_directory_or_a_profile()
    {
        using var agent = await fixture.Host.SignedInAsync("alex.agent");

        var directory = await agent.GetStringAsync(ApiRoutes.Customers);
        var profile = await agent.GetStringAsync($"{ApiRoutes.Customers}/{Amara}");

        Assert.Contains("Amara Okafor", directory, StringComparison.Ordinal);
        Assert.Contains("a***@okafor-logistics.example", profile, StringComparison.Ordinal);
        Assert.Contains("+234 *** *** *199", profile, StringComparison.Ordinal);
        Assert.All(ClearPii, pii => Assert.DoesNotContain(pii, directory + profile, StringComparison.Ordinal));
    }

    [Fact]
    public async Task An_agents_export_is_masked_and_a_seniors_is_clear()
    {
        using var agent = await fixture.Host.SignedInAsync("alex.agent");
        using var senior = await fixture.Host.SignedInAsync("sasha.senior");

        var agentCsv = await agent.GetStringAsync($"{ApiRoutes.Customers}/export");
        var seniorCsv = await senior.GetStringAsync($"{ApiRoutes.Customers}/export");

        Assert.StartsWith("\"id\",\"name\",\"email\",\"phone\",\"plan\"", agentCsv, StringComparison.Ordinal);
        Assert.Contains("\"a***@okafor-logistics.example\"", agentCsv, StringComparison.Ordinal);
        Assert.All(ClearPii, pii => Assert.DoesNotContain(pii, agentCsv, StringComparison.Ordinal));
        Assert.Contains("\"amara@okafor-logistics.example\"", seniorCsv, StringComparison.Ordinal);
        Assert.Contains("\"'+44 7700 900123\"", seniorCsv, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_agent_never_receives_clear_pii_in_a_hub_message()
    {
        var token = await fixture.Host.TokenAsync("alex.agent");
        await using var hub = await RawHubClient.ConnectAsync(fixture.Host.Address, token);

        var frame = await hub.InvokeAsync("GetCustomer", Amara);

        Assert.Contains("a***@okafor-logistics.example", frame, StringComparison.Ordinal);
        Assert.All(ClearPii, pii => Assert.DoesNotContain(pii, frame, StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_senior_agent_sees_clear_values()
    {
        using var senior = await fixture.Host.SignedInAsync("sasha.senior");

        var profile = await senior.GetFromJsonAsync<CustomerDto>($"{ApiRoutes.Customers}/{Amara}");

        Assert.Equal("amara@okafor-logistics.example", profile!.Email);
        Assert.Equal("AC-099812", profile.Fields["accountNumber"]);
        Assert.False(profile.Masked);
    }

    [Fact]
    public async Task Searching_by_a_masked_value_does_not_reveal_whose_it_is()
    {
        // Tried: an agent looks up a customer by the email and phone they cannot see.
        using var agent = await fixture.Host.SignedInAsync("alex.agent");
        using var senior = await fixture.Host.SignedInAsync("sasha.senior");

        var byEmail = await agent.GetFromJsonAsync<CustomerDto[]>($"{ApiRoutes.Customers}?search=amara@okafor");
        var byPhone = await agent.GetFromJsonAsync<CustomerDto[]>($"{ApiRoutes.Customers}?search=555 0199");
        var byName = await agent.GetFromJsonAsync<CustomerDto[]>($"{ApiRoutes.Customers}?search=okafor");
        var seniorByEmail = await senior.GetFromJsonAsync<CustomerDto[]>($"{ApiRoutes.Customers}?search=amara@okafor");

        Assert.Empty(byEmail!);
        Assert.Empty(byPhone!);
        Assert.Single(byName!);
        Assert.Single(seniorByEmail!);
    }

    [Fact]
    public async Task An_agents_directory_holds_only_the_contacts_of_their_own_conversations()
    {
        using var agent = await fixture.Host.SignedInAsync("jamie.agent");

        var directory = await agent.GetFromJsonAsync<CustomerDto[]>(ApiRoutes.Customers);

        Assert.Equal(["Kenji Tanaka"], directory!.Select(c => c.Name));
    }

    [Fact]
    public async Task An_agent_may_not_overwrite_personal_data_they_cannot_see()
    {
        // Tried: an agent in an active conversation with Amara sends a new email for her.
        using var agent = await fixture.Host.SignedInAsync("alex.agent");
        var shown = await agent.GetFromJsonAsync<CustomerDto>($"{ApiRoutes.Customers}/{Amara}");

        using var refused = await agent.PutAsJsonAsync($"{ApiRoutes.Customers}/{Amara}",
            new CustomerRequest(shown!.Name, "attacker@example.com", shown.Phone, shown.Fields));
        using var allowed = await agent.PutAsJsonAsync($"{ApiRoutes.Customers}/{Amara}",
            new CustomerRequest(shown.Name, shown.Email, shown.Phone, new Dictionary<string, string>(shown.Fields) { ["company"] = "Okafor Logistics Ltd" }));

        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.Equal(HttpStatusCode.OK, allowed.StatusCode);
        using var senior = await fixture.Host.SignedInAsync("sasha.senior");
        var stored = await senior.GetFromJsonAsync<CustomerDto>($"{ApiRoutes.Customers}/{Amara}");
        Assert.Equal("amara@okafor-logistics.example", stored!.Email);
        Assert.Equal("AC-099812", stored.Fields["accountNumber"]);
        Assert.Equal("Okafor Logistics Ltd", stored.Fields["company"]);
    }
}
