using System.Net;
using System.Net.Http.Json;
using ContactCenter.Contracts;
using ContactCenter.Contracts.Access;
using ContactCenter.Server.Tests.Scenes;
using ContactCenter.Testing;
using ContactCenter.Testing.Scenes;

namespace ContactCenter.Server.Tests.Access;

[Collection(StaffScenes.Name)]
public sealed class SignInTests(SharedServerFixture fixture)
{
    [Fact]
    public async Task Brute_force_locks_the_account_even_against_the_right_password()
    {
        // Tried: five wrong passwords in a row, then the right one.
        var scene = await fixture.NewSceneAsync();
        var host = scene.Host;
        var jamie = (await scene.StaffAsync("jamie.agent")).UserName;
        for (var i = 0; i < 4; i++)
        {
            using var wrong = await host.Http.PostAsJsonAsync(ApiRoutes.Token, new SignInRequest(jamie, $"guess-{i}"));
            Assert.Equal(HttpStatusCode.Unauthorized, wrong.StatusCode);
        }

        using var fifth = await host.Http.PostAsJsonAsync(ApiRoutes.Token, new SignInRequest(jamie, "guess-5"));
        using var right = await host.Http.PostAsJsonAsync(ApiRoutes.Token, new SignInRequest(jamie, StaffLogins.DemoPassword));

        // Locked, but answered like any failure (issue 12: a different answer would confirm the name exists).
        using var unknown = await host.Http.PostAsJsonAsync(ApiRoutes.Token, new SignInRequest("nobody", "guess"));
        Assert.Equal(HttpStatusCode.Unauthorized, fifth.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, right.StatusCode);
        Assert.Equal(await unknown.Content.ReadAsStringAsync(), await right.Content.ReadAsStringAsync());
        // Other accounts are untouched.
        Assert.NotEmpty(await host.TokenAsync("alex.agent"));
    }

    [Fact]
    public async Task The_typed_client_signs_in_and_calls_as_that_user()
    {
        var host = fixture.Host;
        using var http = new HttpClient { BaseAddress = host.Address };
        var client = new ContactCenter.Client.ContactCenterApiClient(http);

        var token = await client.SignInAsync("sasha.senior", StaffLogins.DemoPassword);
        var me = await client.GetMeAsync();
        var found = await client.GetCustomersAsync("maria.garcia@example.com");

        Assert.Equal(15 * 60, token.ExpiresIn);
        Assert.Equal("sasha.senior", me.UserName);
        Assert.Contains("customers.pii.view", me.Permissions);
        Assert.Equal("maria.garcia@example.com", Assert.Single(found).Email);
    }

    [Fact]
    public async Task Wrong_password_and_unknown_user_get_the_same_answer()
    {
        var scene = await fixture.NewSceneAsync();
        var host = scene.Host;

        using var wrongPassword = await host.Http.PostAsJsonAsync(ApiRoutes.Token, new SignInRequest((await scene.StaffAsync("alex.agent")).UserName, "nope"));
        using var unknownUser = await host.Http.PostAsJsonAsync(ApiRoutes.Token, new SignInRequest("nobody", "nope"));

        Assert.Equal(HttpStatusCode.Unauthorized, wrongPassword.StatusCode);
        Assert.Equal(await wrongPassword.Content.ReadAsStringAsync(), await unknownUser.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Calls_without_a_token_or_with_a_forged_one_are_unauthorized()
    {
        var host = fixture.Host;
        using var forged = new HttpClient { BaseAddress = host.Address };
        forged.DefaultRequestHeaders.Authorization = new("Bearer", "not-a-token");

        using var anonymous = await host.Http.GetAsync(new Uri(ApiRoutes.Me, UriKind.Relative));
        using var withForged = await forged.GetAsync(new Uri(ApiRoutes.Me, UriKind.Relative));

        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, withForged.StatusCode);
    }
}
