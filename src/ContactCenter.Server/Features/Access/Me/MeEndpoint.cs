using ContactCenter.Contracts;
using ContactCenter.Contracts.Access;
using ContactCenter.Server.Features.Access.Grants;

namespace ContactCenter.Server.Features.Access.Me;

public static class MeEndpoint
{
    public static IEndpointRouteBuilder MapMe(this IEndpointRouteBuilder app)
    {
        app.MapGet(ApiRoutes.Me, (RequestGrant current) =>
            {
                var grant = current.Required;
                return new MyAccess(grant.UserId, grant.UserName, [.. grant.Permissions.Order(StringComparer.Ordinal)]);
            })
            .RequireAuthorization()
            .WithTags("Access").WithSummary("The signed-in user and their permissions.");
        return app;
    }
}
