using ContactCenter.Domain.Agents;
using ContactCenter.Domain.Conversations;
using ContactCenter.Domain.Metrics.Floor;
using Marten;

namespace ContactCenter.Server.Features.Supervising.Floor;

/// <summary>
/// The floor folded afresh from the store: every step of the conversations still on the floor or
/// touched today (a chat that started yesterday and is answered today counts today), and each
/// agent's presence. The same fold as the live path, so a wallboard opened at 16:00 shows what one
/// open since 08:00 shows.
/// </summary>
public static class FloorRebuild
{
    private static readonly ConversationStatus[] OnTheFloor =
        [ConversationStatus.Queued, ConversationStatus.Offered, ConversationStatus.Active, ConversationStatus.Pending, ConversationStatus.WrapUp];

    public static async Task<LiveFloor> FoldAsync(IQuerySession session, FloorRoster roster, DateTimeOffset now, TimeZoneInfo zone, CancellationToken cancellationToken)
    {
        var floor = new LiveFloor(now, zone);
        var since = floor.Today.From;
        // Two reads, each served by its own index (docs/storage.md, "Indexes").
        var live = await session.Query<ConversationHistory>().Where(c => OnTheFloor.Contains(c.Status)).Select(c => c.Id).ToListAsync(cancellationToken);
        var today = await session.Query<ConversationHistory>().Where(c => c.LastActivityAt >= since).Select(c => c.Id).ToListAsync(cancellationToken);
        var ids = live.Union(today).ToArray();
        if (ids.Length > 0)
        {
            var events = await session.Events.QueryAllRawEvents()
                .Where(e => ids.Contains(e.StreamId)).OrderBy(e => e.Sequence).ToListAsync(cancellationToken);
            foreach (var e in events)
            {
                if (e.Data is ConversationEvent step)
                {
                    floor.Apply(step, e.Version);
                }
            }
        }

        foreach (var agentId in roster.Staff.Keys)
        {
            var state = await session.Events.FetchStreamStateAsync(agentId, cancellationToken);
            if (state is not null && await session.LoadAsync<AgentPresence>(agentId, cancellationToken) is { } presence)
            {
                floor.Apply(presence, state.Version);
            }
        }

        return floor;
    }
}
