using ContactCenter.Domain.Access;

namespace ContactCenter.Server.Features.Access.Grants;

/// <summary>The signed-in user's grant for this request, looked up once by the claims transformation.</summary>
public sealed class RequestGrant
{
    public AccessGrant? Grant { get; internal set; }

    /// <summary>The grant of an endpoint that requires sign-in; authorization has already run.</summary>
    public AccessGrant Required => Grant ?? throw new InvalidOperationException("No signed-in user: the endpoint must require authorization.");
}
