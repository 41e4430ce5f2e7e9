using ContactCenter.Contracts.Analytics;
using ContactCenter.Domain.Common;
using ContactCenter.Server.Features.Shared;
using ContactCenter.Domain.Metrics;

namespace ContactCenter.Server.Features.Analytics.Team;

/// <summary>The period a team query asks for: a named one, or whole calendar days of the deployment's zone.</summary>
internal static class TeamPeriod
{
    public const string Custom = "custom";

    /// <summary>A year and a day: enough for any report, and a bound on what one read loads.</summary>
    public const int MaxDays = 366;

    public static readonly string Help =
        $"Choose a period among {string.Join(", ", MetricPeriods.Names)}, or days with from and to (yyyy-MM-dd, both included, at most {MaxDays} days).";

    public static Outcome<(string Name, MetricPeriod Period)> Resolve(TeamAnalyticsQuery query, DateTimeOffset now, TimeZoneInfo zone)
    {
        if (query.From is { } from && query.To is { } to)
        {
            if (query.Period is not null)
            {
                return RuleViolation.Invalid("invalid-period", $"Ask for a named period or for days, not both. {Help}");
            }

            if (to < from || to.DayNumber - from.DayNumber + 1 > MaxDays)
            {
                return RuleViolation.Invalid("invalid-period", $"The days {from:yyyy-MM-dd} to {to:yyyy-MM-dd} are not a period. {Help}");
            }

            return (Custom, new MetricPeriod(LocalDays.Start(from, zone), LocalDays.Start(to.AddDays(1), zone)));
        }

        if (query.From is not null || query.To is not null)
        {
            return RuleViolation.Invalid("invalid-period", $"Days need both from and to. {Help}");
        }

        var name = query.Period ?? MetricPeriods.Today;
        return MetricPeriods.Resolve(name, now, zone) is { } period
            ? (name, period)
            : RuleViolation.Invalid("invalid-period", $"'{TextLimits.Shorten(name)}' is not a period. {Help}");
    }
}
