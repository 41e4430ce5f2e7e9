namespace ContactCenter.Domain.Metrics;

/// <summary>
/// One agent's personal figures from the facts of conversations, exactly as <see cref="MetricDefinitions"/>
/// words them. Pure: the caller chooses the period and brings the facts (any superset will do).
/// </summary>
public static class AgentMetrics
{
    public static AgentFigures Compute(IEnumerable<ConversationFacts> conversations, Guid agentId, MetricPeriod period)
    {
        var facts = conversations.ToArray();
        var first = facts.Select(c => c.FirstResponse).OfType<ResponseFact>()
            .Where(r => r.AgentId == agentId && period.Contains(r.At)).ToArray();
        var responses = facts.SelectMany(c => c.Responses).Where(r => r.AgentId == agentId && period.Contains(r.At)).ToArray();
        var resolutions = facts.Select(c => LatestResolution(c, period) is { } r && r.AgentId == agentId ? (TimeSpan?)(r.At - c.CreatedAt) : null)
            .OfType<TimeSpan>().ToArray();
        var ratings = facts.Select(c => c.Rating).OfType<RatingFact>()
            .Where(r => r.AgentId == agentId && period.Contains(r.At)).Select(r => r.Rating).ToArray();

        return new AgentFigures(
            Mean(first.Select(r => r.Duration)), first.Length,
            Mean(responses.Select(r => r.Duration)), responses.Length,
            Mean(resolutions), resolutions.Length,
            ratings.Length == 0 ? null : 100.0 * ratings.Count(r => r >= 4) / ratings.Length,
            ratings.Length == 0 ? null : ratings.Average(),
            ratings.Length);
    }

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

    // Once per period: a conversation resolved, reopened and resolved again counts by its latest resolution.
    private static ResolutionFact? LatestResolution(ConversationFacts c, MetricPeriod period) =>
        c.Resolutions.Where(r => period.Contains(r.At)).MaxBy(r => r.At);

    // Whole ticks: the mean of durations measured to the tick, not rounded to seconds or milliseconds.
    private static TimeSpan? Mean(IEnumerable<TimeSpan> durations)
    {
        var all = durations.ToArray();
        return all.Length == 0 ? null : TimeSpan.FromTicks((long)all.Average(d => (decimal)d.Ticks));
    }
}
