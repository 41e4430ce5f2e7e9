namespace ContactCenter.Server.Features.Access.Authentication;

public static class AuthSchemes
{
    /// <summary>Picks the bearer scheme for API clients and hubs, the cookie for browsers.</summary>
    public const string Default = "contactcenter";
    public const string Cookie = "contactcenter.cookie";
    public const string Bearer = "contactcenter.bearer";

    /// <summary>Widget customers: a long-lived token that only the widget API and customer hub accept.</summary>
    public const string Customer = "contactcenter.customer";
}
