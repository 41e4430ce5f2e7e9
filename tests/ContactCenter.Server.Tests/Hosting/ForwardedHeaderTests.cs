using System.Net.Http.Json;
using System.Text.RegularExpressions;
using ContactCenter.Contracts;
using ContactCenter.Contracts.Access;
using ContactCenter.Domain.Access;
using ContactCenter.Domain.Audit;
using ContactCenter.Server.Features.Access.Authentication;
using ContactCenter.Server.Features.Access.Grants;
using ContactCenter.Testing;
using Marten;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.Extensions.Options;

namespace ContactCenter.Server.Tests.Hosting;

/// <summary>
/// The address the audit log records: the browser's, as a configured proxy forwards it or as a desk
/// circuit carries it; never one a client merely claims.
/// </summary>
public sealed partial class ForwardedHeaderTests
{
    private const string Browser = "203.0.113.7";
    private static readonly Guid Maria = new("0193b000-0000-7000-8000-000000000001");

    [Fact]
    public async Task Forwarded_for_from_a_source_that_is_not_a_configured_proxy_is_ignored()
    {
        // Tried: a client that claims another address in X-Forwarded-For, with no proxy configured.
        await using var host = await ServerHost.StartAsync();

        var recorded = await FailedSignInFromAsync(host, forwardedFor: Browser);

        Assert.Equal("127.0.0.1", recorded);
    }

    [Fact]
    public async Task Forwarded_for_and_proto_from_a_configured_proxy_are_honoured()
    {
        // Tried: the documented nginx on this machine (127.0.0.1) forwarding a browser's request made over https.
        await using var host = await ServerHost.StartAsync(s => s["ContactCenter:ForwardedHeaders:KnownProxies:0"] = "127.0.0.1");

        var recorded = await FailedSignInFromAsync(host, forwardedFor: Browser);
        var cookieOverHttps = await SessionCookieAsync(host, forwardedProto: "https");
        var cookieOverHttp = await SessionCookieAsync(host, forwardedProto: null);

        Assert.Equal(Browser, recorded);
        Assert.Contains("secure", cookieOverHttps, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("secure", cookieOverHttp, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task A_proxy_setting_that_is_not_an_address_stops_the_start()
    {
        var settings = await ServerHost.DefaultSettingsAsync();
        settings["ContactCenter:ForwardedHeaders:KnownProxies:0"] = "nginx.internal";

        await using var app = await ServerHost.BuildAsync(settings);
        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => app.StartAsync());

        Assert.Contains("KnownProxies", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_desk_circuits_hub_calls_are_audited_with_the_browsers_address()
    {
        // Tried: the desk's own loopback hub connection with a token minted for a circuit whose
        // browser is at 198.51.100.23, and an API client's token on the same loopback for contrast.
        await using var host = await ServerHost.StartAsync();
        await using var session = host.GetRequiredService<IDocumentStore>().QuerySession();
        var sasha = await session.Query<StaffUser>().SingleAsync(u => u.UserName == "sasha.senior");
        var circuitToken = host.GetRequiredService<CircuitTokens>().MintFor(AccessGrants.PrincipalFor(sasha, AuthSchemes.Cookie), "198.51.100.23");

        await using (var desk = await ChatClients.ConnectAsync(host, ApiRoutes.AgentHub, circuitToken))
        {
            await desk.InvokeAsync<object>("GetCustomer", Maria);
        }

        await using (var api = await host.AgentHubAsync(await host.TokenAsync("sam.supervisor")))
        {
            await api.InvokeAsync<object>("GetCustomer", Maria);
        }

        using var admin = await host.SignedInAsync("ada.admin");
        var reads = (await admin.GetFromJsonAsync<AuditEntryDto[]>($"{ApiRoutes.Audit}?action={AuditActions.CustomerPiiRead}"))!;
        Assert.Equal("198.51.100.23", Assert.Single(reads, r => r.ActorName == "sasha.senior").From);
        Assert.Equal("127.0.0.1", Assert.Single(reads, r => r.ActorName == "sam.supervisor").From);
    }

    private static async Task<string> FailedSignInFromAsync(ServerHost host, string forwardedFor)
    {
        var userName = $"nobody-{Guid.NewGuid():N}"[..20];
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(ApiRoutes.Token, UriKind.Relative)) { Content = JsonContent.Create(new SignInRequest(userName, "wrong")) };
        request.Headers.Add("X-Forwarded-For", forwardedFor);
        using var failed = await host.Http.SendAsync(request);
        using var admin = await host.SignedInAsync("ada.admin");
        var log = (await admin.GetFromJsonAsync<AuditEntryDto[]>($"{ApiRoutes.Audit}?action={AuditActions.SignInFailed}&limit=500"))!;
        return Assert.Single(log, e => e.Target == $"user:{userName}").From;
    }

    // Signs in through the browser form (with its antiforgery token) and returns the session cookie's Set-Cookie line.
    private static async Task<string> SessionCookieAsync(ServerHost host, string? forwardedProto)
    {
        using var browser = new HttpClient(new HttpClientHandler { UseCookies = true, AllowAutoRedirect = false }) { BaseAddress = host.Address };
        var page = await browser.GetStringAsync(new Uri("/account/login", UriKind.Relative));
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri("/account/login", UriKind.Relative))
        {
            Content = new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["userName"] = "alex.agent",
                ["password"] = StaffLogins.DemoPassword,
                ["__RequestVerificationToken"] = AntiforgeryField().Match(page).Groups[1].Value,
            }),
        };
        if (forwardedProto is not null)
        {
            request.Headers.Add("X-Forwarded-Proto", forwardedProto);
        }

        using var response = await browser.SendAsync(request);
        return Assert.Single(response.Headers.GetValues("Set-Cookie"), c => c.StartsWith("contactcenter=", StringComparison.Ordinal));
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" value=\"([^\"]+)\"")]
    private static partial Regex AntiforgeryField();
}
