namespace ContactCenter.Domain.Metrics;

/// <summary>
/// The figures credited to agents (responses, resolutions, ratings), the one computation behind
/// personal analytics (<see cref="AgentMetrics"/>) and team analytics (<see cref="TeamMetrics"/>),
/// so both agree for the same agent and period. The caller says which (agent, queue) pairs count.
/// </summary>
public static class CreditedFigures
{
    public static AgentFigures Of(IReadOnlyCollection<ConversationFacts> facts, MetricPeriod period, Func<Guid, string?, bool> credited)
    {
        var first = facts.Select(c => c.FirstResponse).OfType<ResponseFact>()
            .Where(r => credited(r.AgentId, r.QueueId) && period.Contains(r.At)).ToArray();
        var responses = facts.SelectMany(c => c.Responses).Where(r => credited(r.AgentId, r.QueueId) && period.Contains(r.At)).ToArray();
        var resolutions = facts.Select(c => LatestResolution(c, period) is { } r && credited(r.AgentId, r.QueueId) ? (TimeSpan?)(r.At - c.CreatedAt) : null)
            .OfType<TimeSpan>().ToArray();
        var ratings = facts.Select(c => c.Rating).OfType<RatingFact>()
            .Where(r => credited(r.AgentId, r.QueueId) && period.Contains(r.At)).Select(r => r.Rating).ToArray();

        return new AgentFigures(
            Mean(first.Select(r => r.Duration)), first.Length,
            Mean(responses.Select(r => r.Duration)), responses.Length,
            Mean(resolutions), resolutions.Length,
            ratings.Length == 0 ? null : 100.0 * ratings.Count(r => r >= 4) / ratings.Length,
            ratings.Length == 0 ? null : ratings.Average(),
            ratings.Length);
    }

    // Once per period: a conversation resolved, reopened and resolved again counts by its latest resolution.
    private static ResolutionFact? LatestResolution(ConversationFacts c, MetricPeriod period) =>
        c.Resolutions.Where(r => period.Contains(r.At)).MaxBy(r => r.At);

    // Whole ticks: the mean of durations measured to the tick, not rounded to seconds or milliseconds.
    internal static TimeSpan? Mean(IEnumerable<TimeSpan> durations)
    {
        var all = durations.ToArray();
        return all.Length == 0 ? null : TimeSpan.FromTicks((long)all.Average(d => (decimal)d.Ticks));
    }
}
