namespace ContactCenter.Domain.Metrics;

/// <summary>One agent's figures over a period; a null figure means there is nothing to measure (shown as "—").</summary>
public sealed record AgentFigures(
    TimeSpan? FirstResponseTime,
    int FirstResponses,
    TimeSpan? AverageResponseTime,
    int Responses,
    TimeSpan? ResolutionTime,
    int Resolved,
    double? CsatPercent,
    double? AverageRating,
    int Ratings);

/// <summary>One calendar day of an agent's series.</summary>
public sealed record AgentDay(DateOnly Day, int Resolved, TimeSpan? FirstResponseTime);
