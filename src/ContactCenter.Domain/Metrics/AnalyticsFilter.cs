namespace ContactCenter.Domain.Metrics;

/// <summary>
/// Which facts a team figure takes: the queues in scope (null: every queue), the agents chosen
/// (one agent, a team's members; null: everyone), a channel and a label (null: any). The server
/// narrows the queues to those the reader may see before the domain reads a fact.
/// </summary>
public sealed record AnalyticsFilter(
    IReadOnlySet<string>? QueueIds = null, IReadOnlySet<Guid>? AgentIds = null, string? ChannelId = null, string? LabelId = null)
{
    public static readonly AnalyticsFilter Everything = new();

    /// <summary>True when figures no agent is credited with (entries, abandons) mean nothing under this filter.</summary>
    public bool ByAgents => AgentIds is not null;

    public bool Admits(ConversationFacts c) =>
        (ChannelId is null || c.ChannelId == ChannelId) && (LabelId is null || c.LabelIds.Contains(LabelId));

    public bool InQueue(string? queueId) => QueueIds is null || (queueId is not null && QueueIds.Contains(queueId));

    public bool Credits(Guid agentId, string? queueId) => InQueue(queueId) && (AgentIds is null || AgentIds.Contains(agentId));
}
