using ContactCenter.Contracts.Analytics;
using ContactCenter.Domain.Access;
using ContactCenter.Domain.Conversations;
using ContactCenter.Domain.Metrics;
using ContactCenter.Domain.Queues;
using ContactCenter.Server.Features.Shared;
using Marten;
using Microsoft.Extensions.Options;
using DomainTeam = ContactCenter.Domain.Teams.Team;

namespace ContactCenter.Server.Features.Analytics.Team;

/// <summary>
/// Team analytics for a period and a filter, from the inline facts rows (the same rows personal
/// analytics read), computed by the domain's <see cref="TeamMetrics"/>. The API, its CSV and the
/// supervisor's page all read here.
/// </summary>
public sealed class TeamAnalyticsReader(IDocumentStore store, TimeProvider clock, IOptions<TimeZoneOptions> options)
{
    public async Task<Outcome<TeamAnalyticsDto>> ReadAsync(AccessGrant grant, TeamAnalyticsQuery query, CancellationToken cancellationToken)
    {
        var zone = options.Value.Zone;
        var period = TeamPeriod.Resolve(query, clock.GetUtcNow(), zone);
        if (period.Error is { } invalid)
        {
            return invalid;
        }

        await using var session = store.QuerySession();
        var settings = await SettingsAsync(session, cancellationToken);
        var scope = TeamScope.Resolve(grant, query, settings);
        if (scope.Error is { } refused)
        {
            return refused;
        }

        var (name, span) = period.Value;
        // A superset is enough: the domain keeps only the facts inside the period and the filter.
        // Open conversations count in the backlog however long ago their last fact was.
        var facts = await session.Query<ConversationFacts>()
            .Where(f => f.CreatedAt < span.To && (f.LastFactAt >= span.From || f.SettledAt == null))
            .ToListAsync(cancellationToken);
        var figures = TeamMetrics.Compute(facts, scope.Value.Filter, span, zone);
        return TeamAnalyticsMapper.ToDto(figures, name, span, options.Value.TimeZone, scope.Value.QueueIds, settings.Users);
    }

    /// <summary>What the page's filters offer this reader: their queues, every team, the agents and channels and labels.</summary>
    public async Task<TeamChoices> ChoicesAsync(AccessGrant grant, CancellationToken cancellationToken)
    {
        await using var session = store.QuerySession();
        var s = await SettingsAsync(session, cancellationToken);
        return new TeamChoices(
            [.. s.Queues.Where(q => grant.SeesAnalyticsOf(q.Id)).OrderBy(q => q.Name, StringComparer.CurrentCulture)],
            [.. s.Teams.OrderBy(t => t.Name, StringComparer.CurrentCulture)],
            [.. s.Users.Where(u => !u.Disabled).OrderBy(u => u.DisplayName, StringComparer.CurrentCulture)],
            [.. s.Channels.OrderBy(c => c.Name, StringComparer.CurrentCulture)],
            [.. s.Labels.OrderBy(l => l.Name, StringComparer.CurrentCulture)]);
    }

    private static async Task<TeamSettings> SettingsAsync(IQuerySession session, CancellationToken cancellationToken)
    {
        var batch = session.CreateBatchQuery();
        var queues = batch.Query<Queue>().ToList();
        var teams = batch.Query<DomainTeam>().ToList();
        var users = batch.Query<StaffUser>().ToList();
        var channels = batch.Query<Channel>().ToList();
        var labels = batch.Query<Label>().ToList();
        await batch.Execute(cancellationToken);
        return new TeamSettings([.. await queues], [.. await teams], [.. await users], [.. await channels], [.. await labels]);
    }
}

/// <summary>What the analytics page's filters list.</summary>
public sealed record TeamChoices(
    IReadOnlyList<Queue> Queues, IReadOnlyList<DomainTeam> Teams, IReadOnlyList<StaffUser> Agents, IReadOnlyList<Channel> Channels, IReadOnlyList<Label> Labels);
