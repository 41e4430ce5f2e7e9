using ContactCenter.Contracts.Analytics;
using ContactCenter.Domain.Access;
using ContactCenter.Domain.Common;
using ContactCenter.Server.Features.Shared;
using ContactCenter.Domain.Conversations;
using ContactCenter.Domain.Metrics;
using ContactCenter.Domain.Queues;
using DomainTeam = ContactCenter.Domain.Teams.Team;

namespace ContactCenter.Server.Features.Analytics.Team;

/// <summary>The settings a team query is checked against, read in one round trip.</summary>
internal sealed record TeamSettings(
    IReadOnlyList<Queue> Queues, IReadOnlyList<DomainTeam> Teams, IReadOnlyList<StaffUser> Users, IReadOnlyList<Channel> Channels, IReadOnlyList<Label> Labels);

/// <summary>
/// Turns a query into the domain's filter within what the reader may see (the wallboard's rule,
/// <see cref="AccessGrant.SeesAnalyticsOf"/>): a queue outside it is refused, never silently empty.
/// </summary>
internal static class TeamScope
{
    public static Outcome<(AnalyticsFilter Filter, IReadOnlyList<string> QueueIds)> Resolve(AccessGrant grant, TeamAnalyticsQuery query, TeamSettings settings)
    {
        if (new object?[] { query.QueueId, query.TeamId, query.AgentId }.Count(x => x is not null) > 1)
        {
            return RuleViolation.Invalid("invalid-filter", "Choose at most one of queue, team or agent; channel and label combine with any of them.");
        }

        var visible = settings.Queues.Where(q => grant.SeesAnalyticsOf(q.Id)).Select(q => q.Id).Order(StringComparer.Ordinal).ToArray();
        if (query.QueueId is { } queueId)
        {
            if (settings.Queues.All(q => q.Id != queueId))
            {
                return RuleViolation.NotFound("unknown-queue", $"There is no queue '{TextLimits.Shorten(queueId)}'.");
            }

            if (!visible.Contains(queueId))
            {
                return RuleViolation.Forbidden("queue-not-supervised", $"You do not supervise the queue '{queueId}': choose one of yours.");
            }

            visible = [queueId];
        }

        IReadOnlySet<Guid>? agents = null;
        if (query.TeamId is { } teamId)
        {
            if (settings.Teams.FirstOrDefault(t => t.Id == teamId) is not { } team)
            {
                return RuleViolation.NotFound("unknown-team", $"There is no team '{TextLimits.Shorten(teamId)}'.");
            }

            agents = team.MemberIds.ToHashSet();
        }

        if (query.AgentId is { } agentId)
        {
            if (settings.Users.All(u => u.Id != agentId))
            {
                return RuleViolation.NotFound("unknown-agent", $"There is no user {agentId}.");
            }

            agents = new HashSet<Guid> { agentId };
        }

        if (query.ChannelId is { } channel && settings.Channels.All(c => c.Id != channel))
        {
            return RuleViolation.NotFound("unknown-channel", $"There is no channel '{TextLimits.Shorten(channel)}'.");
        }

        if (query.LabelId is { } label && settings.Labels.All(l => l.Id != label))
        {
            return RuleViolation.NotFound("unknown-label", $"There is no label '{TextLimits.Shorten(label)}'.");
        }

        // Owner and admins see every queue, also conversations of queues since removed.
        var queues = grant.SeesAllAnalytics && query.QueueId is null ? null : visible.ToHashSet(StringComparer.Ordinal);
        return (new AnalyticsFilter(queues, agents, query.ChannelId, query.LabelId), visible);
    }
}
