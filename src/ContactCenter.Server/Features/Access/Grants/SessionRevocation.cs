using System.Security.Claims;
using ContactCenter.Server.Features.Access.Authentication;
using Marten;

namespace ContactCenter.Server.Features.Access.Grants;

/// <summary>A signed-out browser session. Kept as long as a cookie of it could still be presented.</summary>
public sealed record RevokedSession(Guid Id, Guid UserId, DateTimeOffset RevokedAt);

/// <summary>
/// Signing out ends one browser session on the server, not only in the browser: a copy of the cookie
/// taken before is refused from then on (the grant lookup loads the revocation in its one round trip),
/// and the user's other devices stay signed in.
/// </summary>
public static class SessionRevocation
{
    public static Guid? SessionOf(ClaimsPrincipal principal) =>
        Guid.TryParse(principal.FindFirstValue(ContactCenterClaims.SessionId), out var id) ? id : null;

    public static async Task RevokeAsync(IDocumentStore store, ClaimsPrincipal principal, TimeProvider clock, CancellationToken cancellationToken)
    {
        if (SessionOf(principal) is not { } sessionId || !Guid.TryParse(principal.FindFirstValue(ContactCenterClaims.UserId), out var userId))
        {
            return;
        }

        var now = clock.GetUtcNow();
        await using var session = store.LightweightSession();
        session.Store(new RevokedSession(sessionId, userId, now));
        // A cookie is renewed only while its session stands, so none outlives its revocation by more
        // than the cookie's life: older revocations guard nothing any more.
        var expired = now - AccessSetup.CookieLifetime;
        session.DeleteWhere<RevokedSession>(r => r.RevokedAt < expired);
        await session.SaveChangesAsync(cancellationToken);
    }
}
