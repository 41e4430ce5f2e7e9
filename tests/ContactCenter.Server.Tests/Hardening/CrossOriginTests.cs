using System.Net;
using System.Net.Http.Json;
using System.Net.WebSockets;
using ContactCenter.Contracts;
using ContactCenter.Contracts.Access;
using ContactCenter.Server.Tests.Scenes;
using ContactCenter.Testing;
using ContactCenter.Testing.Scenes;

namespace ContactCenter.Server.Tests.Hardening;

/// <summary>
/// Another site's page can make a browser send the desk's session cookie (a form post, a WebSocket);
/// such requests must not change anything or open the agent hub. Bearer callers are not affected.
/// </summary>
[Collection(StaffScenes.Name)]
public sealed class CrossOriginTests(SharedServerFixture fixture)
{
    private const string Foreign = "http://evil.example";

    [Fact]
    public async Task A_cross_site_form_post_with_an_admins_cookie_cannot_disable_a_user_but_the_desks_own_origin_can()
    {
        // Tried: what a foreign page's auto-submitting form does, a POST to disable a user with the
        // admin's cookie and the foreign Origin. Before, it disabled the user.
        await using var host = await ServerHost.StartAsync();
        using var admin = await CookieBrowser.SignedInAsync(host, "ada.admin");
        using var api = await host.SignedInAsync("ada.admin");
        var users = (await api.GetFromJsonAsync<UserDto[]>(ApiRoutes.Users))!;
        var jamie = users.Single(u => u.UserName == "jamie.agent");
        var alex = users.Single(u => u.UserName == "alex.agent");

        using var forged = await PostAsync(admin, $"{ApiRoutes.Users}/{jamie.Id}/disable", Foreign);
        using var fetchedCrossSite = await PostAsync(admin, $"{ApiRoutes.Users}/{jamie.Id}/disable", origin: null, fetchSite: "cross-site");
        using var sameOrigin = await PostAsync(admin, $"{ApiRoutes.Users}/{alex.Id}/disable", admin.Origin);

        Assert.Equal(HttpStatusCode.Forbidden, forged.StatusCode);
        Assert.Contains("cross-origin", await forged.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, fetchedCrossSite.StatusCode);
        Assert.True(sameOrigin.IsSuccessStatusCode, $"{sameOrigin.StatusCode}");
        var after = (await api.GetFromJsonAsync<UserDto[]>(ApiRoutes.Users))!;
        Assert.False(after.Single(u => u.UserName == "jamie.agent").Disabled);
        Assert.True(after.Single(u => u.UserName == "alex.agent").Disabled);
    }

    [Fact]
    public async Task Bearer_token_calls_are_not_judged_by_their_origin()
    {
        // Tried: an API client with a token that happens to send an Origin of its own.
        var scene = await fixture.NewSceneAsync();
        var host = scene.Host;
        using var api = await scene.SignedInAsync("ada.admin");
        var alex = await scene.StaffAsync("alex.agent");
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri($"{ApiRoutes.Users}/{alex.Id}/disable", UriKind.Relative));
        request.Headers.Add("Origin", Foreign);

        using var answer = await api.SendAsync(request);

        Assert.True(answer.IsSuccessStatusCode, $"{answer.StatusCode}");
    }

    [Fact]
    public async Task A_websocket_to_the_agent_hub_with_only_the_cookie_and_a_foreign_origin_is_refused_and_a_same_origin_one_opens()
    {
        // Tried: what a foreign page's `new WebSocket(...)` sends: the cookie and its own Origin.
        // Before, the hub opened and the foreign page could act as the agent.
        var scene = await fixture.NewSceneAsync();
        var host = scene.Host;
        using var agent = await CookieBrowser.SignedInAsync(host, (await scene.StaffAsync("alex.agent")).UserName);
        var hub = new UriBuilder(new Uri(host.Address, ApiRoutes.AgentHub)) { Scheme = "ws" }.Uri;

        using var foreign = Socket(agent, Foreign);
        var refused = await Assert.ThrowsAsync<WebSocketException>(() => foreign.ConnectAsync(hub, CancellationToken.None));
        using var own = Socket(agent, agent.Origin);
        await own.ConnectAsync(hub, CancellationToken.None);

        Assert.Equal(HttpStatusCode.Forbidden, foreign.HttpStatusCode);
        Assert.NotNull(refused);
        Assert.Equal(WebSocketState.Open, own.State);
        await own.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, "done", CancellationToken.None);
    }

    [Fact]
    public async Task The_desks_bearer_token_hub_connection_opens_whatever_origin_it_sends()
    {
        // The Blazor desk connects over loopback with a token (CircuitTokens), never with the cookie.
        var scene = await fixture.NewSceneAsync();
        var host = scene.Host;
        var token = await scene.TokenAsync("alex.agent");
        var hub = new UriBuilder(new Uri(host.Address, ApiRoutes.AgentHub)) { Scheme = "ws", Query = $"access_token={Uri.EscapeDataString(token)}" }.Uri;
        using var socket = new ClientWebSocket();
        socket.Options.SetRequestHeader("Origin", Foreign);

        await socket.ConnectAsync(hub, CancellationToken.None);

        Assert.Equal(WebSocketState.Open, socket.State);
        await socket.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, "done", CancellationToken.None);
    }

    private static ClientWebSocket Socket(CookieBrowser browser, string origin)
    {
        var socket = new ClientWebSocket();
        socket.Options.CollectHttpResponseDetails = true;
        socket.Options.SetRequestHeader("Origin", origin);
        socket.Options.SetRequestHeader("Cookie", $"contactcenter={browser.SessionCookie}");
        return socket;
    }

    private static async Task<HttpResponseMessage> PostAsync(CookieBrowser browser, string path, string? origin, string? fetchSite = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(path, UriKind.Relative))
        {
            Content = new FormUrlEncodedContent(new Dictionary<string, string> { ["confirm"] = "yes" }),
        };
        if (origin is not null)
        {
            request.Headers.Add("Origin", origin);
        }

        if (fetchSite is not null)
        {
            request.Headers.Add("Sec-Fetch-Site", fetchSite);
        }

        return await browser.Http.SendAsync(request);
    }
}
