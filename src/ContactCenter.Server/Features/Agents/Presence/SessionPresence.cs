using System.Security.Claims;
using ContactCenter.Domain.Agents;
using ContactCenter.Server.Features.Access.Authentication;

namespace ContactCenter.Server.Features.Agents.Presence;

/// <summary>
/// An ended session takes the agent offline at once (not after the grace period), through the
/// presence write path, so every node's desks and wallboards get the change like any other.
/// </summary>
public sealed class SessionPresence(PresenceHandler presence, TimeProvider clock)
{
    public Task SignedOutAsync(ClaimsPrincipal user, CancellationToken cancellationToken) =>
        Guid.TryParse(user.FindFirstValue(ContactCenterClaims.UserId), out var agentId)
            ? EndAsync(agentId, EndSession.SignedOut, cancellationToken)
            : Task.CompletedTask;

    public Task AccessEndedAsync(Guid agentId, CancellationToken cancellationToken) =>
        EndAsync(agentId, EndSession.AccessEnded, cancellationToken);

    private async Task EndAsync(Guid agentId, string why, CancellationToken cancellationToken) =>
        await presence.ExecuteAsync(new EndSession(agentId, why, clock.GetUtcNow()), cancellationToken);
}
