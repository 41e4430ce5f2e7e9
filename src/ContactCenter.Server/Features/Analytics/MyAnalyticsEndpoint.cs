using ContactCenter.Contracts;
using ContactCenter.Domain.Access;
using ContactCenter.Server.Features.Access.Authorization;
using ContactCenter.Server.Features.Access.Grants;
using ContactCenter.Server.Features.Shared;

namespace ContactCenter.Server.Features.Analytics;

public static class MyAnalyticsEndpoint
{
    public static IEndpointRouteBuilder MapMyAnalytics(this IEndpointRouteBuilder app)
    {
        app.MapGet(ApiRoutes.MyAnalytics, ReadAsync)
            .RequirePermission(Permissions.AnalyticsPersonal)
            .WithTags("Analytics")
            .WithSummary("The signed-in agent's own response times, resolutions and CSAT over today, 7d or 30d.");
        return app;
    }

    private static Task<IResult> ReadAsync(string? period, RequestGrant current, MyAnalyticsReader reader, CancellationToken cancellationToken) =>
        reader.ReadAsync(current.Required.UserId, period, cancellationToken).OkAsync();
}
