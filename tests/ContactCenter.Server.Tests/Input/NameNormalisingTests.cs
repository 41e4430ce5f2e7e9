using System.Net.Http.Json;
using ContactCenter.Contracts;
using ContactCenter.Contracts.Customers;
using ContactCenter.Testing;

namespace ContactCenter.Server.Tests.Input;

/// <summary>Names come back without the invisible characters that reverse or hide the text around them.</summary>
public sealed class NameNormalisingTests(InputServerFixture fixture) : IClassFixture<InputServerFixture>
{
    private ServerHost Host => fixture.Host;

    [Fact]
    public async Task A_customer_name_with_a_right_to_left_override_is_stored_without_it()
    {
        // Tried: "Bob" + U+202E + "nimda" + a zero-width space, which a desk would show as "Bobadmin".
        using var senior = await Host.SignedInAsync("sasha.senior");

        using var response = await senior.PostAsJsonAsync(ApiRoutes.Customers, new CustomerRequest("Bob\u202Enimda\u200B", null, null, null));
        response.EnsureSuccessStatusCode();
        var created = (await response.Content.ReadFromJsonAsync<CustomerDto>())!;
        var read = await senior.GetFromJsonAsync<CustomerDto>($"{ApiRoutes.Customers}/{created.Id}");

        Assert.Equal("Bobnimda", created.Name);
        Assert.Equal("Bobnimda", read!.Name);
    }

    [Fact]
    public async Task A_widget_customer_name_in_bidi_isolates_is_stored_without_them()
    {
        var session = await Host.StartChatAsync("\u2067Eve\u2069 \uFEFFEvans");

        Assert.Equal("Eve Evans", session.Name);
    }
}
