using System.Net.Http.Json;
using System.Text.Json;
using ContactCenter.Contracts;
using ContactCenter.Contracts.Customers;
using ContactCenter.Domain.Common;
using ContactCenter.Server.Features.Integrations;
using ContactCenter.Testing;
using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.Client;

namespace ContactCenter.Server.Tests.Input;

/// <summary>Text limits where clients write, through REST and the hub: over the limit is a clear refusal and nothing is stored.</summary>
public sealed class LimitsTests(InputServerFixture fixture) : IClassFixture<InputServerFixture>
{
    private ServerHost Host => fixture.Host;

    [Fact]
    public async Task An_agent_cannot_create_a_label_with_an_endless_name()
    {
        // Tried: an agent creating a label whose name is one character over the limit (a 1 MB one used to be stored).
        using var agent = await Host.SignedInAsync("alex.agent");

        using var response = await agent.PostAsJsonAsync(ApiRoutes.Labels, new { id = "long-name", name = new string('L', TextLimits.LabelName + 1), color = "#123456" });

        Assert.Contains($"at most {TextLimits.LabelName}", await Problems.InvalidDetailAsync(response), StringComparison.Ordinal);
        var labels = await agent.GetFromJsonAsync<JsonElement[]>(ApiRoutes.Labels);
        Assert.DoesNotContain(labels!, l => l.GetProperty("id").GetString() == "long-name");
    }

    [Fact]
    public async Task A_customer_field_value_over_its_limit_is_refused_over_rest()
    {
        using var senior = await Host.SignedInAsync("sasha.senior");

        using var response = await senior.PostAsJsonAsync(ApiRoutes.Customers,
            new CustomerRequest("Carla Company", null, null, new Dictionary<string, string> { ["company"] = new string('c', TextLimits.FieldValue + 1) }));

        Assert.Contains($"at most {TextLimits.FieldValue}", await Problems.InvalidDetailAsync(response), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_customer_email_over_its_limit_is_refused_through_the_hub()
    {
        // Tried: the desk's hub call with an email longer than any address can be.
        await using var senior = await Host.AgentHubAsync(await Host.TokenAsync("sasha.senior"));
        var email = new string('e', TextLimits.Email) + "@example.com";

        var refused = await Assert.ThrowsAsync<HubException>(() => senior.InvokeAsync<CustomerDto>("CreateCustomer", new CustomerRequest("Emil Email", email, null, null)));

        Assert.Contains("HubException: invalid:", refused.Message, StringComparison.Ordinal);
        Assert.Contains($"at most {TextLimits.Email}", refused.Message, StringComparison.Ordinal);
        var found = await senior.InvokeAsync<CustomerDto[]>("SearchCustomers", "Emil Email");
        Assert.Empty(found);
    }

    [Fact]
    public async Task An_inbound_external_id_over_its_limit_is_refused()
    {
        // Tried: an integrator's message whose channel customer id is longer than the limit.
        using var owner = await Host.SignedInAsync("olivia.owner");
        var created = await (await owner.PostAsJsonAsync("/api/integrations/api-keys", new NewApiKey("Long ids", "email"))).Content.ReadFromJsonAsync<JsonElement>();
        using var channel = new HttpClient { BaseAddress = Host.Address };
        channel.DefaultRequestHeaders.Add(ApiKeys.Header, created.GetProperty("key").GetString());

        using var response = await channel.PostAsJsonAsync(InboundEndpoint.Route,
            new InboundMessage(new string('x', TextLimits.ExternalId + 1), "Ida Inbound", null, "support", "hello", Guid.NewGuid()));

        Assert.Contains($"at most {TextLimits.ExternalId}", await Problems.InvalidDetailAsync(response), StringComparison.Ordinal);
    }
}
