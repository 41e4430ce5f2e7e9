using ContactCenter.Contracts;
using ContactCenter.Server.Features.Access.Grants;

namespace ContactCenter.Server.Features.Access.Me;

public static class MeEndpoint
{
    public static IEndpointRouteBuilder MapMe(this IEndpointRouteBuilder app)
    {
        app.MapGet(ApiRoutes.Me, (RequestGrant current) => ReadMyAccess.Of(current.Required))
            .RequireAuthorization()
            .WithTags("Access").WithSummary("The signed-in user and their permissions.");
        return app;
    }
}
