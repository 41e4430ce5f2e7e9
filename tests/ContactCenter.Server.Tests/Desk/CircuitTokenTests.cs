using System.Net;
using System.Net.Http.Json;
using System.Security.Claims;
using ContactCenter.Contracts;
using ContactCenter.Contracts.Access;
using ContactCenter.Domain.Access;
using ContactCenter.Server.Features.Access.Authentication;
using ContactCenter.Server.Features.Access.Grants;
using ContactCenter.Server.Tests.Scenes;
using ContactCenter.Testing;
using ContactCenter.Testing.Scenes;
using Marten;
using Microsoft.AspNetCore.SignalR.Client;

namespace ContactCenter.Server.Tests.Desk;

/// <summary>
/// The token a Blazor circuit's hub connection presents: minted in-process for the circuit's
/// signed-in user, and worth no more than that user's session (the security stamp is honoured).
/// Tests that change users change their scene's copies only, on the staff collection's shared host.
/// </summary>
[Collection(StaffScenes.Name)]
public sealed class CircuitTokenTests(SharedServerFixture fixture)
{
    private static readonly TimeSpan Within = TimeSpan.FromSeconds(10);

    [Fact]
    public async Task A_token_minted_for_a_signed_in_users_circuit_connects_to_the_agent_hub_as_that_user()
    {
        var host = fixture.Host;
        var token = await MintForSignedInAsync(host, "jamie.agent");

        await using var hub = await ChatClients.ConnectAsync(host, ApiRoutes.AgentHub, token);

        var access = await hub.InvokeAsync<MyAccess>("GetMyAccess");
        Assert.Equal((DeskPeople.JamieId, "jamie.agent"), (access.UserId, access.UserName));
        Assert.Contains(Permissions.LabelsUse, access.Permissions);
    }

    [Fact]
    public async Task A_circuit_without_a_signed_in_staff_member_gets_no_token()
    {
        // Tried: an anonymous circuit, and a principal that carries a user id but no security stamp.
        var host = fixture.Host;
        var tokens = host.GetRequiredService<CircuitTokens>();
        var stampless = new ClaimsPrincipal(new ClaimsIdentity(
            [new Claim(ContactCenterClaims.UserId, Guid.NewGuid().ToString()), new Claim(ContactCenterClaims.UserName, "someone")], "test"));

        Assert.Throws<InvalidOperationException>(() => tokens.MintFor(new ClaimsPrincipal(new ClaimsIdentity())));
        Assert.Throws<InvalidOperationException>(() => tokens.MintFor(stampless));
    }

    [Fact]
    public async Task A_circuit_token_minted_before_a_role_change_stops_working()
    {
        var scene = await fixture.NewSceneAsync();
        var host = scene.Host;
        var token = await MintForSignedInAsync(host, (await scene.StaffAsync("sam.supervisor")).UserName);
        await using var hub = await ChatClients.ConnectAsync(host, ApiRoutes.AgentHub, token);
        var closed = ClosedAsync(hub);
        using var admin = await scene.SignedInAsync("ada.admin");
        var sam = await scene.StaffAsync("sam.supervisor");

        (await admin.PutAsJsonAsync($"{ApiRoutes.Users}/{sam.Id}/roles", new[] { "agent" })).EnsureSuccessStatusCode();

        await closed.WaitAsync(Within);
        await Assert.ThrowsAnyAsync<Exception>(() => ChatClients.ConnectAsync(host, ApiRoutes.AgentHub, token));
        Assert.Equal(HttpStatusCode.Unauthorized, await StatusOfMeAsync(host, token));
    }

    [Fact]
    public async Task A_circuit_token_minted_before_the_user_was_disabled_stops_working()
    {
        var scene = await fixture.NewSceneAsync();
        var host = scene.Host;
        var token = await MintForSignedInAsync(host, (await scene.StaffAsync("alex.agent")).UserName);
        await using var hub = await ChatClients.ConnectAsync(host, ApiRoutes.AgentHub, token);
        var closed = ClosedAsync(hub);
        using var admin = await scene.SignedInAsync("ada.admin");

        (await admin.PostAsync(new Uri($"{ApiRoutes.Users}/{(await scene.StaffAsync("alex.agent")).Id}/disable", UriKind.Relative), null)).EnsureSuccessStatusCode();

        await closed.WaitAsync(Within);
        await Assert.ThrowsAnyAsync<Exception>(() => ChatClients.ConnectAsync(host, ApiRoutes.AgentHub, token));
        Assert.Equal(HttpStatusCode.Unauthorized, await StatusOfMeAsync(host, token));
    }

    // The principal a cookie sign-in gives the circuit: built as /account/login builds it, from the stored user.
    private static async Task<string> MintForSignedInAsync(ServerHost host, string userName)
    {
        await using var session = host.GetRequiredService<IDocumentStore>().QuerySession();
        var user = await session.Query<StaffUser>().SingleAsync(u => u.UserName == userName);
        return host.GetRequiredService<CircuitTokens>().MintFor(AccessGrants.PrincipalFor(user, AuthSchemes.Cookie));
    }

    private static Task ClosedAsync(HubConnection hub)
    {
        var closed = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        hub.Closed += _ =>
        {
            closed.TrySetResult();
            return Task.CompletedTask;
        };
        return closed.Task;
    }

    private static async Task<HttpStatusCode> StatusOfMeAsync(ServerHost host, string token)
    {
        using var client = new HttpClient { BaseAddress = host.Address };
        client.DefaultRequestHeaders.Authorization = new("Bearer", token);
        using var response = await client.GetAsync(new Uri(ApiRoutes.Me, UriKind.Relative));
        return response.StatusCode;
    }
}
