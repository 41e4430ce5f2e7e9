namespace ContactCenter.Domain.Metrics;

/// <summary>
/// One agent's personal figures from the facts of conversations, exactly as <see cref="MetricDefinitions"/>
/// words them. Pure: the caller chooses the period and brings the facts (any superset will do).
/// </summary>
public static class AgentMetrics
{
    public static AgentFigures Compute(IEnumerable<ConversationFacts> conversations, Guid agentId, MetricPeriod period) =>
        CreditedFigures.Of([.. conversations], period, (agent, _) => agent == agentId);

    /// <summary>The period day by day in <paramref name="zone"/>: what the desktop's small chart shows.</summary>
    public static IReadOnlyList<AgentDay> Daily(IEnumerable<ConversationFacts> conversations, Guid agentId, MetricPeriod period, TimeZoneInfo zone)
    {
        var facts = conversations.ToArray();
        return [.. period.Days(zone).Select(d =>
        {
            var figures = Compute(facts, agentId, d.Part);
            return new AgentDay(d.Day, figures.Resolved, figures.FirstResponseTime);
        })];
    }
}
