namespace ContactCenter.Contracts.Analytics;

/// <summary>
/// What to compute team analytics over: a named period (<c>today</c>, <c>7d</c>, <c>30d</c>) or
/// calendar days <paramref name="From"/> to <paramref name="To"/> (both included, in the deployment's
/// time zone), and at most one of queue, team or agent, with a channel and a label.
/// </summary>
public sealed record TeamAnalyticsQuery(
    string? Period = null, DateOnly? From = null, DateOnly? To = null,
    string? QueueId = null, string? TeamId = null, Guid? AgentId = null, string? ChannelId = null, string? LabelId = null);

/// <summary>
/// A team's figures over one period, for the queues the caller may see (a supervisor: those they
/// supervise; owner and admins: all). A null figure means there was nothing to measure ("—"),
/// never zero; <see cref="Abandoned"/> is null under an agent or team filter (an abandon belongs to
/// a queue). The definitions: docs/domain.md, "Figures"; the page's tooltips carry the same words.
/// </summary>
/// <param name="Period">"today", "7d", "30d", or "custom" for chosen days.</param>
/// <param name="From">The period's start (included).</param>
/// <param name="To">The period's end (excluded).</param>
/// <param name="TimeZone">The deployment's time zone (an IANA id) the days follow.</param>
/// <param name="QueueIds">The queues the figures cover.</param>
/// <param name="Volume">Entries into the queues (with an agent or team: conversations they answered or received).</param>
/// <param name="Backlog">Conversations open at the period's end.</param>
/// <param name="Answered">Waits answered.</param>
/// <param name="Abandoned">Waits abandoned.</param>
/// <param name="AbandonmentPercent">Abandoned ÷ (answered + abandoned), 0 to 100.</param>
/// <param name="Transferred">Conversations transferred at least once.</param>
/// <param name="AnsweredConversations">Conversations answered: the transfer rate's divisor.</param>
/// <param name="TransferPercent">Transferred ÷ answered conversations, 0 to 100.</param>
/// <param name="Figures">The response, resolution, handle and CSAT figures of the whole selection.</param>
/// <param name="Agents">The agent comparison, by name.</param>
/// <param name="Days">One entry per calendar day the period touches, oldest first.</param>
public sealed record TeamAnalyticsDto(
    string Period,
    DateTimeOffset From,
    DateTimeOffset To,
    string TimeZone,
    IReadOnlyList<string> QueueIds,
    int Volume,
    int Backlog,
    int Answered,
    int? Abandoned,
    double? AbandonmentPercent,
    int Transferred,
    int AnsweredConversations,
    double? TransferPercent,
    TeamFiguresDto Figures,
    IReadOnlyList<TeamAgentDto> Agents,
    IReadOnlyList<TeamDayDto> Days);

/// <summary>Figures credited to agents (the same as their personal analytics), with handle time; counts beside each mean.</summary>
public sealed record TeamFiguresDto(
    TimeSpan? FirstResponseTime,
    int FirstResponseCount,
    TimeSpan? AverageResponseTime,
    int ResponseCount,
    TimeSpan? ResolutionTime,
    int ResolvedCount,
    TimeSpan? HandleTime,
    int HandledCount,
    double? CsatPercent,
    double? AverageRating,
    int RatingCount);

/// <summary>One agent's row of the comparison table.</summary>
public sealed record TeamAgentDto(Guid AgentId, string Name, TeamFiguresDto Figures, int Answered, int Transferred);

/// <summary>One calendar day: volume, resolutions and the CSAT of the ratings given that day.</summary>
public sealed record TeamDayDto(DateOnly Date, int Volume, int ResolvedCount, double? CsatPercent, double? AverageRating, int RatingCount);
