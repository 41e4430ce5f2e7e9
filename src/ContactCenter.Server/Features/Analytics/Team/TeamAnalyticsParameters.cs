using System.Globalization;
using ContactCenter.Contracts.Analytics;
using ContactCenter.Domain.Common;
using ContactCenter.Server.Features.Shared;

namespace ContactCenter.Server.Features.Analytics.Team;

/// <summary>
/// The query string as text, parsed here so that a malformed day or agent id gets the same clear
/// problem as any other refusal instead of the framework's bare 400.
/// </summary>
public sealed record TeamAnalyticsParameters(string? Period, string? From, string? To, string? Queue, string? Team, string? Agent, string? Channel, string? Label)
{
    public Outcome<TeamAnalyticsQuery> Parse()
    {
        if (!TryDay(From, out var from) || !TryDay(To, out var to))
        {
            return RuleViolation.Invalid("invalid-period", "Days are written yyyy-MM-dd, such as 2025-03-04.");
        }

        if (Agent is not null && !Guid.TryParse(Agent, out _))
        {
            return RuleViolation.Invalid("invalid-agent", "The agent is a user id, such as the id the users API lists.");
        }

        return new TeamAnalyticsQuery(
            Blank(Period), from, to, Blank(Queue), Blank(Team), Agent is null ? null : Guid.Parse(Agent), Blank(Channel), Blank(Label));
    }

    private static bool TryDay(string? text, out DateOnly? day)
    {
        day = null;
        if (string.IsNullOrWhiteSpace(text))
        {
            return true;
        }

        var ok = DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed);
        day = ok ? parsed : null;
        return ok;
    }

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value;
}
