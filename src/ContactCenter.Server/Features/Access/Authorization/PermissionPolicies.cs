using ContactCenter.Domain.Access;
using ContactCenter.Server.Features.Access.Authentication;
using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.Options;

namespace ContactCenter.Server.Features.Access.Authorization;

/// <summary>
/// The one authorization mechanism: a policy per catalog permission, named "perm:&lt;permission&gt;",
/// used alike by endpoints, pages and hub methods.
/// </summary>
public static class PermissionPolicies
{
    public const string Prefix = "perm:";

    public static string For(string permission) => Prefix + permission;

    public static TBuilder RequirePermission<TBuilder>(this TBuilder builder, string permission) where TBuilder : IEndpointConventionBuilder =>
        builder.RequireAuthorization(For(permission));
}

/// <summary>Builds "perm:x" policies on demand, so the catalog is the only list of them.</summary>
internal sealed class PermissionPolicyProvider(IOptions<AuthorizationOptions> options) : DefaultAuthorizationPolicyProvider(options)
{
    public override async Task<AuthorizationPolicy?> GetPolicyAsync(string policyName)
    {
        if (policyName.StartsWith(PermissionPolicies.Prefix, StringComparison.Ordinal))
        {
            var permission = policyName[PermissionPolicies.Prefix.Length..];
            if (!PermissionCatalog.Contains(permission))
            {
                throw new InvalidOperationException($"'{permission}' is not a permission of the catalog.");
            }

            return new AuthorizationPolicyBuilder(AuthSchemes.Default)
                .RequireAuthenticatedUser()
                .RequireClaim(ContactCenterClaims.Permission, permission)
                .Build();
        }

        return await base.GetPolicyAsync(policyName);
    }
}

/// <summary>Hub methods name their permission with this; the agent hub's permission filter enforces it.</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class RequirePermissionAttribute(string permission) : Attribute
{
    public string Permission { get; } = permission;
}
