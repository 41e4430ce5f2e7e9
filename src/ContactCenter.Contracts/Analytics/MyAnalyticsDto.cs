namespace ContactCenter.Contracts.Analytics;

/// <summary>
/// The signed-in agent's own figures over one period. A null figure means there was nothing to
/// measure (show "—"), never zero. What each figure means: docs/domain.md, "Figures" (the server's
/// tooltips carry the same words).
/// </summary>
/// <param name="Period">The period asked for: "today", "7d" or "30d".</param>
/// <param name="From">The period's start (included).</param>
/// <param name="To">The period's end (excluded): the next midnight for "today", now for the rolling windows.</param>
/// <param name="TimeZone">The deployment's time zone (an IANA id) that "today" and <paramref name="Days"/> follow.</param>
/// <param name="FirstResponseTime">Mean first response time.</param>
/// <param name="FirstResponseCount">Conversations whose first response is in the mean.</param>
/// <param name="AverageResponseTime">Mean response time over the customer runs answered.</param>
/// <param name="ResponseCount">Customer runs answered.</param>
/// <param name="ResolutionTime">Mean time from creation to resolution of the conversations resolved.</param>
/// <param name="ResolvedCount">Conversations resolved.</param>
/// <param name="CsatPercent">Share of ratings of 4 or 5, from 0 to 100.</param>
/// <param name="AverageRating">Mean rating, from 1 to 5.</param>
/// <param name="RatingCount">Ratings given.</param>
/// <param name="Days">One entry per calendar day the period touches, oldest first (for a small chart).</param>
public sealed record MyAnalyticsDto(
    string Period,
    DateTimeOffset From,
    DateTimeOffset To,
    string TimeZone,
    TimeSpan? FirstResponseTime,
    int FirstResponseCount,
    TimeSpan? AverageResponseTime,
    int ResponseCount,
    TimeSpan? ResolutionTime,
    int ResolvedCount,
    double? CsatPercent,
    double? AverageRating,
    int RatingCount,
    IReadOnlyList<AnalyticsDayDto> Days);

/// <summary>One calendar day of the agent's series, in the deployment's time zone.</summary>
/// <param name="Date">The day.</param>
/// <param name="ResolvedCount">Conversations resolved that day.</param>
/// <param name="FirstResponseTime">Mean first response time that day; null when there was none.</param>
public sealed record AnalyticsDayDto(DateOnly Date, int ResolvedCount, TimeSpan? FirstResponseTime);
