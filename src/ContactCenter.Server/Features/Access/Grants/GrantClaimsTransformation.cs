using System.Security.Claims;
using ContactCenter.Server.Features.Access.Authentication;
using Microsoft.AspNetCore.Authentication;

namespace ContactCenter.Server.Features.Access.Grants;

/// <summary>
/// On every authenticated request: a revoked session becomes anonymous, a valid one gets its
/// current permissions as claims, for policies and for the page's own checks.
/// </summary>
internal sealed class GrantClaimsTransformation(AccessGrants grants, RequestGrant current) : IClaimsTransformation
{
    public async Task<ClaimsPrincipal> TransformAsync(ClaimsPrincipal principal)
    {
        if (principal.Identity?.IsAuthenticated != true
            || principal.HasClaim(c => c.Type is ContactCenterClaims.Permission or ContactCenterClaims.CustomerId))
        {
            return principal;
        }

        current.Grant ??= await grants.ForPrincipalAsync(principal);
        if (current.Grant is not { } grant)
        {
            return new ClaimsPrincipal(new ClaimsIdentity());
        }

        var identity = new ClaimsIdentity(principal.Identity);
        identity.AddClaims(grant.Permissions.Select(p => new Claim(ContactCenterClaims.Permission, p)));
        return new ClaimsPrincipal(identity);
    }
}
