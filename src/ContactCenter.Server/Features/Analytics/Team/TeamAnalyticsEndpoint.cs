using System.Globalization;
using ContactCenter.Contracts;
using ContactCenter.Domain.Access;
using ContactCenter.Server.Features.Access.Authorization;
using ContactCenter.Server.Features.Access.Grants;
using ContactCenter.Server.Features.Shared;

namespace ContactCenter.Server.Features.Analytics.Team;

public static class TeamAnalyticsEndpoint
{
    public static IEndpointRouteBuilder MapTeamAnalytics(this IEndpointRouteBuilder app)
    {
        app.MapGet(ApiRoutes.TeamAnalytics, ReadAsync)
            .RequirePermission(Permissions.AnalyticsTeam)
            .WithTags("Analytics")
            .WithSummary("Team analytics over a period for the queues the caller supervises, filtered by queue, team, agent, channel or label.");
        app.MapGet(ApiRoutes.TeamAnalyticsCsv, ExportAsync)
            .RequirePermission(Permissions.AnalyticsTeam)
            .WithTags("Analytics")
            .WithSummary("The same team analytics as CSV: the selection, one row per agent and per day.");
        return app;
    }

    private static async Task<IResult> ReadAsync(
        [AsParameters] TeamAnalyticsParameters query, RequestGrant current, TeamAnalyticsReader reader, CancellationToken cancellationToken)
    {
        var parsed = query.Parse();
        return parsed.Error is { } invalid ? invalid.ToProblem() : (await reader.ReadAsync(current.Required, parsed.Value!, cancellationToken)).Ok();
    }

    private static async Task<IResult> ExportAsync(
        [AsParameters] TeamAnalyticsParameters query, RequestGrant current, TeamAnalyticsReader reader, CancellationToken cancellationToken)
    {
        var parsed = query.Parse();
        if (parsed.Error is { } invalid)
        {
            return invalid.ToProblem();
        }

        var outcome = await reader.ReadAsync(current.Required, parsed.Value!, cancellationToken);
        if (outcome.Error is { } refused)
        {
            return refused.ToProblem();
        }

        var a = outcome.Value!;
        var file = $"team-analytics-{a.From.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}-{a.To.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}.csv";
        return Results.File(System.Text.Encoding.UTF8.GetBytes(TeamAnalyticsCsv.Write(a)), "text/csv; charset=utf-8", file);
    }
}
