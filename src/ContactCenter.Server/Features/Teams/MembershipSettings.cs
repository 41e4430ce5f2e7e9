using ContactCenter.Domain.Access;
using ContactCenter.Domain.Queues;
using ContactCenter.Domain.Teams;
using Marten;

namespace ContactCenter.Server.Features.Teams;

/// <summary>
/// The settings queue membership follows from: every team and every queue. Compared before and
/// after a change, it tells whose queues changed.
/// </summary>
public sealed record MembershipSettings(IReadOnlyList<Team> Teams, IReadOnlyList<Queue> Queues)
{
    public static async Task<MembershipSettings> ReadAsync(IQuerySession session, CancellationToken cancellationToken) =>
        new(await session.Query<Team>().ToListAsync(cancellationToken), await session.Query<Queue>().ToListAsync(cancellationToken));

    public MembershipSettings With(Team team) => this with { Teams = [.. Teams.Where(t => t.Id != team.Id), team] };

    public MembershipSettings With(Queue queue) => this with { Queues = [.. Queues.Where(q => q.Id != queue.Id), queue] };

    public IReadOnlyList<string> QueuesOf(StaffUser user) => QueueMembership.QueuesOf(user, Teams, Queues);

    /// <summary>
    /// Gives a new security stamp to every user whose queues differ between the two settings. Like a
    /// role change: their sessions and hub connections end within seconds (see SessionGuard) and
    /// come back with the new queues, so hub groups, permissions and routing all agree at once.
    /// Returns their user names, for the audit line.
    /// </summary>
    public static Task<IReadOnlyList<string>> RenewChangedAsync(
        IDocumentSession session, MembershipSettings before, MembershipSettings after, CancellationToken cancellationToken) =>
        RenewChangedAsync(session, before, after, user => user, cancellationToken);

    /// <summary>
    /// The same, when the change also gives users a new queue list of their own (<paramref name="change"/>):
    /// each changed user is stored once, with both the new list and the new stamp.
    /// </summary>
    public static async Task<IReadOnlyList<string>> RenewChangedAsync(
        IDocumentSession session, MembershipSettings before, MembershipSettings after, Func<StaffUser, StaffUser> change, CancellationToken cancellationToken)
    {
        var renewed = new List<string>();
        foreach (var user in await session.Query<StaffUser>().ToListAsync(cancellationToken))
        {
            var changed = change(user);
            if (!before.QueuesOf(user).Order(StringComparer.Ordinal).SequenceEqual(after.QueuesOf(changed).Order(StringComparer.Ordinal)))
            {
                session.Store(changed.WithNewSecurityStamp());
                renewed.Add(user.UserName);
            }
            else if (!changed.QueueIds.SequenceEqual(user.QueueIds))
            {
                // Listed in person and through a team: the list changes, what they work does not.
                session.Store(changed);
            }
        }

        return renewed;
    }
}
