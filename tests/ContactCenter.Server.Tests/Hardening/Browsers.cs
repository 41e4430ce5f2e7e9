using System.Net;
using System.Net.Http.Json;
using System.Net.Sockets;
using System.Text.RegularExpressions;
using ContactCenter.Contracts;
using ContactCenter.Contracts.Access;
using ContactCenter.Testing;

namespace ContactCenter.Server.Tests.Hardening;

/// <summary>
/// A browser's side of the cookie sign-in: fetches the real sign-in page, posts its form with the
/// page's antiforgery token, and keeps the session cookie the server sets.
/// </summary>
internal sealed partial class CookieBrowser : IDisposable
{
    private readonly CookieContainer _cookies = new();

    private CookieBrowser(ServerHost host)
    {
        Host = host;
        Http = new HttpClient(new HttpClientHandler { CookieContainer = _cookies, AllowAutoRedirect = false }) { BaseAddress = host.Address };
    }

    public ServerHost Host { get; }
    public HttpClient Http { get; }

    /// <summary>The session cookie's value, as a thief or another site's request would present it.</summary>
    public string SessionCookie => _cookies.GetCookies(Host.Address)["contactcenter"]?.Value ?? throw new InvalidOperationException("Not signed in.");

    /// <summary>The page's own origin, as the browser sends it on the desk's requests.</summary>
    public string Origin => Host.Address.GetLeftPart(UriPartial.Authority);

    public static async Task<CookieBrowser> SignedInAsync(ServerHost host, string userName, string password = StaffLogins.DemoPassword)
    {
        var browser = new CookieBrowser(host);
        using var answer = await browser.PostLoginFormAsync(userName, password);
        if (answer.StatusCode != HttpStatusCode.Redirect || answer.Headers.Location?.OriginalString != "/")
        {
            browser.Dispose();
            throw new InvalidOperationException($"Sign-in of {userName} failed: {answer.StatusCode} {answer.Headers.Location}");
        }

        return browser;
    }

    public static CookieBrowser Anonymous(ServerHost host) => new(host);

    public async Task<HttpResponseMessage> PostLoginFormAsync(string userName, string password)
    {
        var page = await Http.GetStringAsync(new Uri("/account/login", UriKind.Relative));
        var token = AntiforgeryField().Match(page) is { Success: true } found ? WebUtility.HtmlDecode(found.Groups[1].Value) : throw new InvalidOperationException("No antiforgery token on the sign-in page.");
        using var form = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["userName"] = userName,
            ["password"] = password,
            ["returnUrl"] = "/",
            ["__RequestVerificationToken"] = token,
        });
        return await Http.PostAsync(new Uri("/account/login", UriKind.Relative), form);
    }

    /// <summary>A bare client presenting only <paramref name="cookie"/>, with no jar of its own.</summary>
    public static HttpClient WithCookie(ServerHost host, string cookie)
    {
        var client = new HttpClient(new HttpClientHandler { UseCookies = false, AllowAutoRedirect = false }) { BaseAddress = host.Address };
        client.DefaultRequestHeaders.Add("Cookie", $"contactcenter={cookie}");
        return client;
    }

    public void Dispose() => Http.Dispose();

    [GeneratedRegex("name=\"__RequestVerificationToken\"[^>]*value=\"([^\"]+)\"")]
    private static partial Regex AntiforgeryField();
}

/// <summary>Clients that come from other loopback addresses (127.0.0.2 by default), as other sources would.</summary>
internal static class OtherSource
{
    public static HttpClient Client(ServerHost host, int lastByte = 2) => Client(host, new IPAddress([127, 0, 0, (byte)lastByte]));

    public static HttpClient Client(ServerHost host, IPAddress address) => new(new SocketsHttpHandler
    {
        ConnectCallback = async (context, cancellationToken) =>
        {
            var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
            try
            {
                socket.Bind(new IPEndPoint(address, 0));
                await socket.ConnectAsync(context.DnsEndPoint, cancellationToken);
                return new NetworkStream(socket, ownsSocket: true);
            }
            catch
            {
                socket.Dispose();
                throw;
            }
        },
    })
    { BaseAddress = host.Address };

    public static async Task<HttpResponseMessage> SignInAsync(HttpClient client, string userName, string password) =>
        await client.PostAsJsonAsync(ApiRoutes.Token, new SignInRequest(userName, password));
}
