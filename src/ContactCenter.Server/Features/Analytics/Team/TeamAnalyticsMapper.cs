using ContactCenter.Contracts.Analytics;
using ContactCenter.Domain.Access;
using ContactCenter.Domain.Metrics;

namespace ContactCenter.Server.Features.Analytics.Team;

/// <summary>The domain's figures as the wire's records; agents by display name, one no longer known by "Former user".</summary>
internal static class TeamAnalyticsMapper
{
    public static TeamAnalyticsDto ToDto(
        TeamFigures f, string periodName, MetricPeriod period, string timeZone, IReadOnlyList<string> queueIds, IReadOnlyList<StaffUser> users)
    {
        var names = users.ToDictionary(u => u.Id, u => u.DisplayName);
        return new TeamAnalyticsDto(
            periodName, period.From, period.To, timeZone, queueIds,
            f.Volume, f.Backlog, f.Answered, f.Abandoned, f.AbandonmentPercent,
            f.Transferred, f.AnsweredConversations, f.TransferPercent,
            Figures(f.Credited, f.HandleTime, f.Handled),
            [.. f.Agents
                .Select(a => new TeamAgentDto(a.AgentId, names.GetValueOrDefault(a.AgentId, "Former user"), Figures(a.Figures, a.HandleTime, a.Handled), a.Answered, a.Transferred))
                .OrderBy(a => a.Name, StringComparer.CurrentCulture)],
            [.. f.Days.Select(d => new TeamDayDto(d.Day, d.Volume, d.Resolved, d.CsatPercent, d.AverageRating, d.Ratings))]);
    }

    private static TeamFiguresDto Figures(AgentFigures c, TimeSpan? handleTime, int handled) => new(
        c.FirstResponseTime, c.FirstResponses, c.AverageResponseTime, c.Responses, c.ResolutionTime, c.Resolved,
        handleTime, handled, c.CsatPercent, c.AverageRating, c.Ratings);
}
