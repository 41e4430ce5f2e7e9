using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.BearerToken;
using Microsoft.Extensions.Options;

namespace ContactCenter.Server.Features.Access.Authentication;

/// <summary>
/// Mints the short-lived bearer token a Blazor circuit's hub connection presents (docs/realtime.md, rule 9):
/// the same token /api/auth/token issues, for the circuit's signed-in user, never a copied cookie.
/// The hub checks the security stamp in it on every call, so a revoked user loses the circuit's
/// connection like any other.
/// </summary>
public sealed class CircuitTokens(IOptionsMonitor<BearerTokenOptions> options, TimeProvider clock)
{
    /// <param name="user">The circuit's signed-in user.</param>
    /// <param name="browserAddress">The circuit's browser, recorded by the hub in place of the loopback address.</param>
    public string MintFor(ClaimsPrincipal user, string? browserAddress = null)
    {
        // The browser session's id goes along: signing out of the browser ends the circuit's token too.
        Claim[] kept = [.. user.Claims.Where(c => c.Type is ContactCenterClaims.UserId or ContactCenterClaims.UserName or ContactCenterClaims.SecurityStamp or ContactCenterClaims.SessionId)];
        if (kept.Count(c => c.Type != ContactCenterClaims.SessionId) != 3)
        {
            throw new InvalidOperationException("The circuit's user is not a signed-in staff member.");
        }

        if (browserAddress is { Length: > 0 })
        {
            kept = [.. kept, new Claim(ContactCenterClaims.BrowserAddress, browserAddress)];
        }

        var principal = new ClaimsPrincipal(new ClaimsIdentity(kept, AuthSchemes.Bearer, ContactCenterClaims.UserName, null));
        var properties = new AuthenticationProperties { ExpiresUtc = clock.GetUtcNow() + AccessSetup.TokenLifetime };
        var protector = options.Get(AuthSchemes.Bearer).BearerTokenProtector;
        return protector.Protect(new AuthenticationTicket(principal, properties, AuthSchemes.Bearer));
    }
}
