using ContactCenter.Contracts.Analytics;
using ContactCenter.Domain.Common;
using ContactCenter.Domain.Metrics;
using ContactCenter.Server.Features.Shared;
using Marten;
using Microsoft.Extensions.Options;

namespace ContactCenter.Server.Features.Analytics;

/// <summary>An agent's own figures for a named period, from the inline facts rows: the hub and the API both read here.</summary>
public sealed class MyAnalyticsReader(IDocumentStore store, TimeProvider clock, IOptions<TimeZoneOptions> options)
{
    public static readonly string InvalidPeriodMessage =
        $"Choose a period among {string.Join(", ", MetricPeriods.Names)}.";

    /// <summary>The caller's own figures: the hub and the REST API both ask for the signed-in user's id, never another's.</summary>
    public async Task<Outcome<MyAnalyticsDto>> ReadAsync(Guid agentId, string? periodName, CancellationToken cancellationToken)
    {
        var zone = options.Value.Zone;
        if (MetricPeriods.Resolve(periodName, clock.GetUtcNow(), zone) is not { } period)
        {
            return RuleViolation.Invalid("invalid-period", $"'{periodName}' is not a period. {InvalidPeriodMessage}");
        }

        await using var session = store.QuerySession();
        // A superset is enough: the domain keeps only the facts of this agent inside the period.
        var facts = await session.Query<ConversationFacts>()
            .Where(f => f.AgentIds.Contains(agentId) && f.LastFactAt >= period.From && f.CreatedAt < period.To)
            .ToListAsync(cancellationToken);

        var figures = AgentMetrics.Compute(facts, agentId, period);
        var days = AgentMetrics.Daily(facts, agentId, period, zone);
        return new MyAnalyticsDto(
            periodName!, period.From, period.To, options.Value.TimeZone,
            figures.FirstResponseTime, figures.FirstResponses,
            figures.AverageResponseTime, figures.Responses,
            figures.ResolutionTime, figures.Resolved,
            figures.CsatPercent, figures.AverageRating, figures.Ratings,
            [.. days.Select(d => new AnalyticsDayDto(d.Day, d.Resolved, d.FirstResponseTime))]);
    }
}
