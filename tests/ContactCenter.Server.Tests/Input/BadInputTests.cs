using System.Net;
using System.Net.Http.Json;
using System.Text;
using ContactCenter.Contracts;
using ContactCenter.Contracts.Access;
using ContactCenter.Contracts.Conversations;
using ContactCenter.Contracts.Customers;
using ContactCenter.Domain.Audit;
using ContactCenter.Testing;
using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.Client;

namespace ContactCenter.Server.Tests.Input;

/// <summary>Input an attacker or a careless integrator sends: every one is a 400 problem (or a hub refusal with a code), never a 500.</summary>
public sealed class BadInputTests(InputServerFixture fixture) : IClassFixture<InputServerFixture>
{
    private ServerHost Host => fixture.Host;

    private static StringContent Json(string json) => new(json, Encoding.UTF8, "application/json");

    [Theory]
    // Tried: JSON nulls where the contract needs a value; each used to throw inside the endpoint (a 500).
    [InlineData(ApiRoutes.Token, """{"userName":null,"password":null}""", "userName")]
    [InlineData(ApiRoutes.WidgetChats, """{"name":"Nia Null","email":null,"queueId":null}""", "queueId")]
    [InlineData(ApiRoutes.Labels, """{"id":"nul-colour","name":"Colourless","color":null}""", "color")]
    [InlineData(ApiRoutes.Customers, """{"name":"Fay Fields","fields":{"tier":null}}""", "fields.tier")]
    public async Task A_null_where_a_value_is_needed_is_a_400_naming_the_field(string route, string body, string field)
    {
        using var senior = await Host.SignedInAsync("sasha.senior");

        using var response = await senior.PostAsync(new Uri(route, UriKind.Relative), Json(body));

        Assert.Contains($"'{field}'", await Problems.InvalidDetailAsync(response), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_null_list_of_roles_for_a_new_user_is_a_400()
    {
        // Tried: roles:null on user creation (the endpoint read the list and failed).
        using var admin = await Host.SignedInAsync("ada.admin");

        using var response = await admin.PostAsync(new Uri(ApiRoutes.Users, UriKind.Relative),
            Json("""{"userName":"nora.null","displayName":"Nora","email":"n@example.com","password":"Long-enough-1","roles":null,"queueIds":[]}"""));

        Assert.Contains("'roles'", await Problems.InvalidDetailAsync(response), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_null_where_a_guid_is_needed_is_a_400_saying_where()
    {
        // Tried: a JSON null among a team's member ids; the framework cannot bind it, and used to answer without a body.
        using var admin = await Host.SignedInAsync("ada.admin");

        using var response = await admin.PostAsync(new Uri(ApiRoutes.Teams, UriKind.Relative), Json("""{"id":"null-members","name":"Null members","memberIds":[null]}"""));

        var detail = await Problems.InvalidDetailAsync(response);
        Assert.Contains("could not be read", detail, StringComparison.Ordinal);
        Assert.Contains("$.memberIds", detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task NUL_characters_in_names_labels_and_fields_are_400s_and_nothing_is_stored()
    {
        // Tried: \u0000 in text, which PostgreSQL's jsonb refuses (it used to surface as a 500 with SQL).
        using var senior = await Host.SignedInAsync("sasha.senior");

        using var name = await senior.PostAsync(new Uri(ApiRoutes.Customers, UriKind.Relative), Json("""{"name":"Nul\u0000Name"}"""));
        using var field = await senior.PostAsync(new Uri(ApiRoutes.Customers, UriKind.Relative), Json("""{"name":"Nul Field","fields":{"notes":"a\u0000b"}}"""));
        using var label = await senior.PostAsync(new Uri(ApiRoutes.Labels, UriKind.Relative), Json("""{"id":"nul-label","name":"Nul\u0000","color":"#123456"}"""));

        Assert.Contains("NUL", await Problems.InvalidDetailAsync(name), StringComparison.Ordinal);
        Assert.Contains("NUL", await Problems.InvalidDetailAsync(field), StringComparison.Ordinal);
        Assert.Contains("NUL", await Problems.InvalidDetailAsync(label), StringComparison.Ordinal);
        var labels = await senior.GetFromJsonAsync<LabelDtoLike[]>(ApiRoutes.Labels);
        Assert.DoesNotContain(labels!, l => l.Id == "nul-label");
    }

    [Fact]
    public async Task Hub_calls_with_nulls_or_NUL_are_refused_with_the_invalid_code()
    {
        // Tried: the same inputs through the agent hub; they used to end as a generic "error on the server".
        await using var senior = await Host.AgentHubAsync(await Host.TokenAsync("sasha.senior"));
        var session = await Host.StartChatAsync("Hal Hub");
        await using var customer = await Host.CustomerHubAsync(session.CustomerToken);

        var nulName = await Assert.ThrowsAsync<HubException>(() => senior.InvokeAsync<CustomerDto>("CreateCustomer", new CustomerRequest("Nul\0Hub", null, null, null)));
        var nullName = await Assert.ThrowsAsync<HubException>(() => senior.InvokeAsync<CustomerDto>("CreateCustomer", new CustomerRequest(null!, null, null, null)));
        var nullText = await Assert.ThrowsAsync<HubException>(() => customer.InvokeAsync<CommandAck>("SendMessage", session.ConversationId, Guid.CreateVersion7(), null));

        Assert.Contains("HubException: invalid:", nulName.Message, StringComparison.Ordinal);
        Assert.Contains("NUL", nulName.Message, StringComparison.Ordinal);
        Assert.Contains("HubException: invalid:", nullName.Message, StringComparison.Ordinal);
        Assert.Contains("'name'", nullName.Message, StringComparison.Ordinal);
        Assert.Contains("HubException: invalid:", nullText.Message, StringComparison.Ordinal);
        Assert.Contains("'text'", nullText.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/\t/evil.example")]
    [InlineData("/desk\nSet-Cookie: x=1")]
    public async Task A_return_address_with_a_tab_or_newline_is_ignored_after_sign_in(string returnUrl)
    {
        // Tried: the browser sign-in form with a control character in returnUrl (LocalRedirect threw: a 500).
        var cookies = new System.Net.CookieContainer();
        using var browser = new HttpClient(new HttpClientHandler { CookieContainer = cookies, AllowAutoRedirect = false }) { BaseAddress = Host.Address };
        var page = await browser.GetStringAsync(new Uri("/account/login", UriKind.Relative));
        var token = System.Text.RegularExpressions.Regex.Match(page, "name=\"__RequestVerificationToken\" value=\"([^\"]+)\"").Groups[1].Value;

        using var response = await browser.PostAsync(new Uri("/account/login", UriKind.Relative), new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["userName"] = "alex.agent",
            ["password"] = StaffLogins.DemoPassword,
            ["returnUrl"] = returnUrl,
            ["__RequestVerificationToken"] = token,
        }));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/", response.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task A_megabyte_user_name_is_refused_on_creation_and_a_huge_failed_sign_in_is_recorded_short()
    {
        // Tried: a 1 MB user name (its index row was too large: a 500) and a 100 KB one at sign-in
        // (its audit entry stored all of it).
        using var admin = await Host.SignedInAsync("ada.admin");
        var huge = new string('u', 1024 * 1024);
        var long100K = "stranger-" + new string('s', 100 * 1024);

        using var created = await admin.PostAsJsonAsync(ApiRoutes.Users, new CreateUserRequest(huge, "Huge", "h@example.com", "Long-enough-1", ["agent"], []));
        using var signIn = await Host.Http.PostAsJsonAsync(ApiRoutes.Token, new SignInRequest(long100K, "whatever"));

        Assert.Contains("at most 64", await Problems.InvalidDetailAsync(created), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Unauthorized, signIn.StatusCode);
        var failures = (await admin.GetFromJsonAsync<AuditEntryDto[]>($"{ApiRoutes.Audit}?action={AuditActions.SignInFailed}&limit=500"))!;
        var recorded = Assert.Single(failures, e => e.Target.StartsWith("user:stranger-", StringComparison.Ordinal));
        Assert.True(recorded.Target.Length < 100, $"recorded {recorded.Target.Length} characters");
    }

    private sealed record LabelDtoLike(string Id, string Name);
}
