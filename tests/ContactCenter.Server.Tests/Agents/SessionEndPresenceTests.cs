using System.Net;
using System.Net.Http.Json;
using System.Text.RegularExpressions;
using ContactCenter.Contracts;
using ContactCenter.Contracts.Agents;
using ContactCenter.Server.Tests.Scenes;
using ContactCenter.Testing;
using ContactCenter.Testing.Scenes;
using Microsoft.AspNetCore.SignalR.Client;

namespace ContactCenter.Server.Tests.Agents;

/// <summary>An ended session sets the agent offline at once, pushed like any other change, not after the grace period.</summary>
[Collection(RoutingScenes.Name)]
public sealed partial class SessionEndPresenceTests(SharedServerFixture fixture)
{
    // Well under the 30-second grace period, after which the agent would go offline anyway.
    private static readonly TimeSpan Within = TimeSpan.FromSeconds(10);

    [Fact]
    public async Task Signing_out_sets_the_agent_offline_for_supervisors_on_the_other_node()
    {
        // Tried: Alex signs in to the desk with the browser's cookie on node A and is ready; a
        // supervisor watches from node B. Alex signs out: node B's supervisor sees Alex offline.
        await using var nodes = await TwoNodes.StartAsync();
        using var browser = await CookieSignInAsync(nodes.A, "alex.agent");
        await using var desk = await ReadyAsync(nodes.A, "alex.agent");
        await using var supervisor = await nodes.B.AgentHubAsync(await nodes.B.TokenAsync("sam.supervisor"));
        var offline = OfflineOfAsync(supervisor, (await desk.InvokeAsync<AgentPresenceDto>("GetMyPresence")).AgentId);

        using var signOut = await browser.PostAsync(new Uri("/account/logout", UriKind.Relative), null);

        Assert.Equal(HttpStatusCode.Redirect, signOut.StatusCode);
        var seen = await offline.WaitAsync(Within);
        Assert.Null(seen.ReasonCodeId);
    }

    [Fact]
    public async Task Disabling_an_account_sets_the_agent_offline_for_supervisors()
    {
        // Tried: Alex is ready with the desk open; an admin disables the account.
        var scene = await fixture.NewSceneAsync();
        var host = scene.Host;
        await using var desk = await ReadyAsync(host, (await scene.StaffAsync("alex.agent")).UserName);
        await using var supervisor = await host.AgentHubAsync(await scene.TokenAsync("sam.supervisor"));
        var alexId = (await desk.InvokeAsync<AgentPresenceDto>("GetMyPresence")).AgentId;
        var offline = OfflineOfAsync(supervisor, alexId);
        using var admin = await scene.SignedInAsync("ada.admin");

        (await admin.PostAsync(new Uri($"{ApiRoutes.Users}/{alexId}/disable", UriKind.Relative), null)).EnsureSuccessStatusCode();

        await offline.WaitAsync(Within);
    }

    [Fact]
    public async Task A_role_change_that_ends_the_session_sets_the_agent_offline_for_supervisors()
    {
        // Tried: Alex is ready with the desk open; an admin gives Alex the senior agent's role,
        // which ends Alex's session ("sign in again").
        var scene = await fixture.NewSceneAsync();
        var host = scene.Host;
        await using var desk = await ReadyAsync(host, (await scene.StaffAsync("alex.agent")).UserName);
        await using var supervisor = await host.AgentHubAsync(await scene.TokenAsync("sam.supervisor"));
        var alexId = (await desk.InvokeAsync<AgentPresenceDto>("GetMyPresence")).AgentId;
        var offline = OfflineOfAsync(supervisor, alexId);
        using var admin = await scene.SignedInAsync("ada.admin");

        (await admin.PutAsJsonAsync($"{ApiRoutes.Users}/{alexId}/roles", new[] { "senior-agent" })).EnsureSuccessStatusCode();

        await offline.WaitAsync(Within);
    }

    private static async Task<HubConnection> ReadyAsync(ServerHost host, string userName)
    {
        var desk = await host.AgentHubAsync(await host.TokenAsync(userName));
        Assert.Equal("Ready", (await desk.InvokeAsync<AgentPresenceDto>("ChooseState", "Ready", null)).State);
        return desk;
    }

    private static Task<AgentPresenceDto> OfflineOfAsync(HubConnection supervisor, Guid agentId)
    {
        var offline = new TaskCompletionSource<AgentPresenceDto>(TaskCreationOptions.RunContinuationsAsynchronously);
        supervisor.On<AgentPresenceDto>("PresenceChanged", p =>
        {
            if (p.AgentId == agentId && p.State == "Offline") offline.TrySetResult(p);
        });
        return offline.Task;
    }

    // Signs in as the browser does: the sign-in form with its antiforgery token, then the cookie.
    private static async Task<HttpClient> CookieSignInAsync(ServerHost host, string userName)
    {
        var browser = new HttpClient(new HttpClientHandler { CookieContainer = new CookieContainer(), AllowAutoRedirect = false }) { BaseAddress = host.Address };
        var form = await browser.GetStringAsync(new Uri("/account/login", UriKind.Relative));
        var antiforgery = AntiforgeryField().Match(form);
        Assert.True(antiforgery.Success, "The sign-in form carries no antiforgery token.");
        using var signIn = await browser.PostAsync(new Uri("/account/login", UriKind.Relative), new FormUrlEncodedContent(new Dictionary<string, string>
        {
            [antiforgery.Groups["name"].Value] = WebUtility.HtmlDecode(antiforgery.Groups["value"].Value),
            ["userName"] = userName,
            ["password"] = StaffLogins.DemoPassword,
        }));
        Assert.Equal("/", signIn.Headers.Location?.OriginalString);
        return browser;
    }

    [GeneratedRegex(@"name=""(?<name>__RequestVerificationToken)""\s+value=""(?<value>[^""]+)""")]
    private static partial Regex AntiforgeryField();
}
