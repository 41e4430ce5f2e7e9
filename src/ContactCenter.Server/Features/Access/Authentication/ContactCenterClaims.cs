namespace ContactCenter.Server.Features.Access.Authentication;

/// <summary>
/// What a cookie or token carries: who, and the security stamp it was issued under. Permissions
/// are not carried: they are looked up on every request, so a role change applies at once.
/// </summary>
public static class ContactCenterClaims
{
    public const string UserId = "sub";
    public const string UserName = "name";
    public const string SecurityStamp = "stamp";
    public const string Permission = "perm";

    /// <summary>In a desk circuit's token only: the address of the browser the circuit serves.</summary>
    public const string BrowserAddress = "browser_ip";

    /// <summary>One browser sign-in; signing out revokes it server-side (see <see cref="Grants.SessionRevocation"/>).</summary>
    public const string SessionId = "sid";

    /// <summary>Marks a widget customer's token; such principals are never staff.</summary>
    public const string CustomerId = "customer";
}
