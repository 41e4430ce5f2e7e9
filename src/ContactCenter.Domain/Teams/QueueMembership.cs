using ContactCenter.Domain.Access;
using ContactCenter.Domain.Queues;

namespace ContactCenter.Domain.Teams;

/// <summary>
/// Who works which queue: a user belongs to a queue listed in their own queue list, or through a
/// team the queue lists. The grant, the hubs and the router all ask this one rule.
/// </summary>
public static class QueueMembership
{
    /// <summary>The user's queues: their own list first, in its order, then those through teams, by id.</summary>
    public static IReadOnlyList<string> QueuesOf(StaffUser user, IEnumerable<Team> teams, IEnumerable<Queue> queues)
    {
        var myTeams = teams.Where(t => t.MemberIds.Contains(user.Id)).Select(t => t.Id).ToHashSet();
        var throughTeams = queues.Where(q => q.MemberTeamIds.Any(myTeams.Contains)).Select(q => q.Id).Order(StringComparer.Ordinal);
        return [.. user.QueueIds.Concat(throughTeams).Distinct()];
    }
}
