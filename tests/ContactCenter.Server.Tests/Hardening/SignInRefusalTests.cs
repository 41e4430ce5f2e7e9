using System.Net;
using System.Net.Http.Json;
using ContactCenter.Contracts;
using ContactCenter.Contracts.Access;
using ContactCenter.Testing;

namespace ContactCenter.Server.Tests.Hardening;

/// <summary>
/// Every failed sign-in answers alike, so that no answer tells a stranger which user names exist.
/// Timing is not asserted (a timed assertion would be flaky on a shared machine); instead the
/// service verifies a password hash on every attempt, against a dummy hash for unknown names, which
/// is what made unknown names answer several times faster before (see SignInService).
/// </summary>
public sealed class SignInRefusalTests
{
    [Fact]
    public async Task Unknown_wrong_password_locked_and_disabled_get_the_same_status_and_body_and_a_disabled_account_never_confirms_its_password()
    {
        // Tried: an unknown name; a wrong password; the right password of an account locked by
        // five failures; the right password of a disabled account. Before, the locked one got 423
        // with "locked until", the disabled one "disabled" (confirming the password was right).
        await using var host = await ServerHost.StartAsync();
        using var admin = await host.SignedInAsync("ada.admin");
        var alex = (await admin.GetFromJsonAsync<UserDto[]>(ApiRoutes.Users))!.Single(u => u.UserName == "alex.agent");
        (await admin.PostAsync(new Uri($"{ApiRoutes.Users}/{alex.Id}/disable", UriKind.Relative), null)).EnsureSuccessStatusCode();
        for (var i = 0; i < 5; i++)
        {
            (await SignInAsync(host, "jamie.agent", $"guess-{i}")).Dispose();
        }

        using var unknown = await SignInAsync(host, "nobody.here", "whatever");
        using var wrong = await SignInAsync(host, "sasha.senior", "wrong");
        using var locked = await SignInAsync(host, "jamie.agent", StaffLogins.DemoPassword);
        using var disabled = await SignInAsync(host, "alex.agent", StaffLogins.DemoPassword);

        var expected = await unknown.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.Unauthorized, unknown.StatusCode);
        foreach (var answer in new[] { wrong, locked, disabled })
        {
            Assert.Equal(HttpStatusCode.Unauthorized, answer.StatusCode);
            Assert.Equal(expected, await answer.Content.ReadAsStringAsync());
        }

        // The lockout still counts: the right password after five failures does not sign in.
        Assert.DoesNotContain("locked until", expected, StringComparison.Ordinal);
        Assert.NotEmpty(await host.TokenAsync("sasha.senior"));
    }

    [Fact]
    public async Task The_cookie_sign_in_form_answers_every_failure_with_the_same_message()
    {
        // Tried: the browser's form with an unknown name, a wrong password and a disabled account's right password.
        await using var host = await ServerHost.StartAsync();
        using var admin = await host.SignedInAsync("ada.admin");
        var alex = (await admin.GetFromJsonAsync<UserDto[]>(ApiRoutes.Users))!.Single(u => u.UserName == "alex.agent");
        (await admin.PostAsync(new Uri($"{ApiRoutes.Users}/{alex.Id}/disable", UriKind.Relative), null)).EnsureSuccessStatusCode();
        using var browser = CookieBrowser.Anonymous(host);

        var errors = new List<string>();
        foreach (var (user, password) in new[] { ("nobody.here", "x"), ("sasha.senior", "wrong"), ("alex.agent", StaffLogins.DemoPassword) })
        {
            using var answer = await browser.PostLoginFormAsync(user, password);
            Assert.Equal(HttpStatusCode.Redirect, answer.StatusCode);
            var query = System.Web.HttpUtility.ParseQueryString(answer.Headers.Location!.OriginalString.Split('?')[1]);
            errors.Add(query["error"]!);
        }

        Assert.Single(errors.Distinct());
    }

    private static Task<HttpResponseMessage> SignInAsync(ServerHost host, string userName, string password) =>
        host.Http.PostAsJsonAsync(ApiRoutes.Token, new SignInRequest(userName, password));
}
