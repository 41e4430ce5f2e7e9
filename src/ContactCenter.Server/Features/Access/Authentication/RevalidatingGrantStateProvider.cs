using ContactCenter.Server.Features.Access.Grants;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Components.Server;

namespace ContactCenter.Server.Features.Access.Authentication;

/// <summary>
/// A Blazor circuit keeps the user it started with; this re-checks every few seconds that the
/// session still stands (not disabled, roles unchanged), so open pages sign out too.
/// </summary>
internal sealed class RevalidatingGrantStateProvider(ILoggerFactory loggerFactory, AccessGrants grants)
    : RevalidatingServerAuthenticationStateProvider(loggerFactory)
{
    protected override TimeSpan RevalidationInterval => TimeSpan.FromSeconds(5);

    protected override async Task<bool> ValidateAuthenticationStateAsync(AuthenticationState authenticationState, CancellationToken cancellationToken) =>
        authenticationState.User.Identity?.IsAuthenticated != true
        || await grants.ForPrincipalAsync(authenticationState.User, cancellationToken) is not null;
}
