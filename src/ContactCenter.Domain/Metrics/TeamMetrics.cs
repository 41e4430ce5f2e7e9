namespace ContactCenter.Domain.Metrics;

/// <summary>
/// Team analytics from the facts of conversations (docs/domain.md, "Figures"): pure, the caller
/// brings any superset of the facts that matter and chooses the period and the filter. The figures
/// credited to agents are <see cref="CreditedFigures"/>, the same as personal analytics.
/// </summary>
public static class TeamMetrics
{
    public static TeamFigures Compute(IEnumerable<ConversationFacts> conversations, AnalyticsFilter filter, MetricPeriod period, TimeZoneInfo zone)
    {
        var facts = conversations.Where(filter.Admits).ToArray();
        var answers = facts.SelectMany(c => c.Answers.Where(a => period.Contains(a.At) && filter.Credits(a.AgentId, a.QueueId)).Select(a => (c.Id, a))).ToArray();
        var abandons = filter.ByAgents ? null : facts.SelectMany(c => c.Abandons).Where(a => period.Contains(a.At) && filter.InQueue(a.QueueId)).ToArray();
        var transferred = facts.Count(c => c.Transfers.Any(t => period.Contains(t.At) && filter.Credits(t.FromAgentId, t.FromQueueId)));
        var answeredConversations = answers.Select(a => a.Id).Distinct().Count();
        var handles = Handles(facts, filter, period);

        return new TeamFigures(
            Volume(facts, filter, period),
            facts.Count(c => IsBacklog(c, filter, period.To)),
            answers.Length,
            abandons?.Length,
            abandons is null || answers.Length + abandons.Length == 0 ? null : 100.0 * abandons.Length / (answers.Length + abandons.Length),
            transferred,
            answeredConversations,
            answeredConversations == 0 ? null : 100.0 * transferred / answeredConversations,
            CreditedFigures.Mean(handles.Select(h => h.Duration)),
            handles.Length,
            CreditedFigures.Of(facts, period, filter.Credits),
            Rows(facts, filter, period),
            [.. period.Days(zone).Select(d => Day(facts, filter, d.Day, d.Part))]);
    }

    // Entries into the queues in scope; with agents chosen, the conversations they answered or received by a transfer.
    private static int Volume(ConversationFacts[] facts, AnalyticsFilter filter, MetricPeriod period) => filter.ByAgents
        ? facts.Sum(c => c.Answers.Count(a => period.Contains(a.At) && filter.Credits(a.AgentId, a.QueueId))
            + c.Transfers.Count(t => t.ToAgentId is { } to && period.Contains(t.At) && filter.Credits(to, t.ToQueueId)))
        : facts.Sum(c => c.Entries.Count(e => period.Contains(e.At) && filter.InQueue(e.QueueId)));

    // Open at the period's end (neither resolved nor abandoned before it), in a queue in scope then, owned then by an agent chosen.
    private static bool IsBacklog(ConversationFacts c, AnalyticsFilter filter, DateTimeOffset end)
    {
        if (c.CreatedAt >= end || c.SettledAt < end)
        {
            return false;
        }

        var queue = c.Entries.Select(e => (e.At, Queue: e.QueueId))
            .Concat(c.Transfers.Where(t => t.ToAgentId is not null).Select(t => (t.At, Queue: t.ToQueueId)))
            .Where(e => e.At < end).MaxBy(e => e.At).Queue;
        if (!filter.InQueue(queue))
        {
            return false;
        }

        // Answers and handovers give it an owner, a transfer to a queue takes it away.
        var owner = c.Answers.Select(a => (a.At, Owner: (Guid?)a.AgentId))
            .Concat(c.Transfers.Select(t => (t.At, Owner: t.ToAgentId)))
            .Where(o => o.At < end).DefaultIfEmpty().MaxBy(o => o.At).Owner;
        return !filter.ByAgents || (owner is { } agent && filter.AgentIds!.Contains(agent));
    }

    private static HandleFact[] Handles(ConversationFacts[] facts, AnalyticsFilter filter, MetricPeriod period) =>
        [.. facts.SelectMany(c => c.Handles).Where(h => period.Contains(h.At) && filter.Credits(h.AgentId, h.QueueId))];

    private static IReadOnlyList<TeamAgentRow> Rows(ConversationFacts[] facts, AnalyticsFilter filter, MetricPeriod period)
    {
        var agents = facts.SelectMany(c => c.AgentIds).Distinct().Order();
        return [.. agents.Select(agent =>
        {
            var only = filter with { AgentIds = filter.AgentIds is null || filter.AgentIds.Contains(agent) ? new HashSet<Guid> { agent } : new HashSet<Guid>() };
            var handles = Handles(facts, only, period);
            return new TeamAgentRow(
                agent,
                CreditedFigures.Of(facts, period, only.Credits),
                CreditedFigures.Mean(handles.Select(h => h.Duration)),
                handles.Length,
                facts.Sum(c => c.Answers.Count(a => period.Contains(a.At) && only.Credits(a.AgentId, a.QueueId))),
                facts.Count(c => c.Transfers.Any(t => period.Contains(t.At) && only.Credits(t.FromAgentId, t.FromQueueId))));
        }).Where(r => r.Handled + r.Answered + r.Transferred + r.Figures.Responses + r.Figures.Resolved + r.Figures.Ratings > 0)];
    }

    private static TeamDay Day(ConversationFacts[] facts, AnalyticsFilter filter, DateOnly day, MetricPeriod part)
    {
        var credited = CreditedFigures.Of(facts, part, filter.Credits);
        return new TeamDay(day, Volume(facts, filter, part), credited.Resolved, credited.CsatPercent, credited.AverageRating, credited.Ratings);
    }
}
