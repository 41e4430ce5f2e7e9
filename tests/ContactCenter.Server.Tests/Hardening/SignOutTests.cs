using System.Net;
using ContactCenter.Contracts;
using ContactCenter.Server.Tests.Scenes;
using ContactCenter.Testing.Scenes;

namespace ContactCenter.Server.Tests.Hardening;

[Collection(StaffScenes.Name)]
public sealed class SignOutTests(SharedServerFixture fixture)
{
    [Fact]
    public async Task A_copy_of_the_cookie_taken_before_sign_out_stops_working_at_once_and_other_devices_stay_signed_in()
    {
        // Tried: copy the session cookie of a signed-in browser, sign out in the browser, present the
        // copy. Before, the copy kept working for the cookie's whole sliding life.
        var scene = await fixture.NewSceneAsync();
        var host = scene.Host;
        var ada = (await scene.StaffAsync("ada.admin")).UserName;
        using var browser = await CookieBrowser.SignedInAsync(host, ada);
        using var otherDevice = await CookieBrowser.SignedInAsync(host, ada);
        using var copy = CookieBrowser.WithCookie(host, browser.SessionCookie);
        Assert.Equal(HttpStatusCode.OK, (await copy.GetAsync(new Uri(ApiRoutes.Me, UriKind.Relative))).StatusCode);

        using var signOut = new HttpRequestMessage(HttpMethod.Post, new Uri("/account/logout", UriKind.Relative));
        signOut.Headers.Add("Origin", browser.Origin);
        using var signedOut = await browser.Http.SendAsync(signOut);

        Assert.Equal(HttpStatusCode.Redirect, signedOut.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await copy.GetAsync(new Uri(ApiRoutes.Me, UriKind.Relative))).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await copy.GetAsync(new Uri(ApiRoutes.Users, UriKind.Relative))).StatusCode);
        // Signing out one browser is not signing out everywhere.
        Assert.Equal(HttpStatusCode.OK, (await otherDevice.Http.GetAsync(new Uri(ApiRoutes.Me, UriKind.Relative))).StatusCode);
    }
}
