namespace ContactCenter.Domain.Metrics;

/// <summary>
/// A team's figures over a period under a filter, exactly as <see cref="TeamDefinitions"/> words
/// them. A null figure means there is nothing to measure (shown as "—"), never zero.
/// <see cref="Abandoned"/> and <see cref="AbandonmentPercent"/> are null under an agent or team
/// filter: an abandoned wait belongs to a queue, not to an agent.
/// </summary>
public sealed record TeamFigures(
    int Volume,
    int Backlog,
    int Answered,
    int? Abandoned,
    double? AbandonmentPercent,
    int Transferred,
    int AnsweredConversations,
    double? TransferPercent,
    TimeSpan? HandleTime,
    int Handled,
    AgentFigures Credited,
    IReadOnlyList<TeamAgentRow> Agents,
    IReadOnlyList<TeamDay> Days);

/// <summary>One agent's row of the comparison table: the personal figures plus handle time, answers and transfers out.</summary>
public sealed record TeamAgentRow(Guid AgentId, AgentFigures Figures, TimeSpan? HandleTime, int Handled, int Answered, int Transferred);

/// <summary>One calendar day of the period: what the charts and the CSAT trend show.</summary>
public sealed record TeamDay(DateOnly Day, int Volume, int Resolved, double? CsatPercent, double? AverageRating, int Ratings);
