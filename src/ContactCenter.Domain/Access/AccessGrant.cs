using ContactCenter.Domain.Queues;
using ContactCenter.Domain.Teams;

namespace ContactCenter.Domain.Access;

/// <summary>
/// What one signed-in user may do now: the union of their roles' permissions. Every server-side
/// check asks this, so the rules that go beyond a plain permission live here too.
/// </summary>
public sealed record AccessGrant(Guid UserId, string UserName, IReadOnlySet<string> Permissions, IReadOnlyList<string> QueueIds)
{
    public static AccessGrant For(StaffUser user, IEnumerable<Role> roles) =>
        new(user.Id, user.UserName, roles.Where(r => user.Roles.Contains(r.Id)).SelectMany(r => r.Permissions).ToHashSet(), user.QueueIds)
        {
            DisplayName = user.DisplayName,
        };

    /// <summary>The grant with the queues the user works through teams as well as their own.</summary>
    public static AccessGrant For(StaffUser user, IEnumerable<Role> roles, IEnumerable<Team> teams, IEnumerable<Queue> queues) =>
        For(user, roles) with { QueueIds = QueueMembership.QueuesOf(user, teams, queues) };

    /// <summary>The name customers and colleagues see.</summary>
    public string DisplayName { get; init; } = "";

    public bool IsMemberOf(string queueId) => QueueIds.Contains(queueId);

    public bool Has(string permission) => Permissions.Contains(permission);

    /// <summary>
    /// The wallboard's scope: a supervisor watches the queues they supervise (those they work, in
    /// person or through a team); whoever holds <see cref="Access.Permissions.DashboardViewAll"/>, every queue.
    /// </summary>
    public bool SeesFloorOf(string queueId) =>
        Has(Access.Permissions.DashboardView) && (Has(Access.Permissions.DashboardViewAll) || IsMemberOf(queueId));

    /// <summary>Every queue's floor and conversations: the wallboard's scope with no queue left out.</summary>
    public bool SeesEveryFloor => Has(Access.Permissions.DashboardView) && Has(Access.Permissions.DashboardViewAll);

    /// <summary>
    /// Team analytics' scope, the wallboard's rule: a supervisor reads the figures of the queues they
    /// supervise; whoever holds <see cref="Access.Permissions.DashboardViewAll"/>, every queue.
    /// </summary>
    public bool SeesAnalyticsOf(string queueId) =>
        Has(Access.Permissions.AnalyticsTeam) && (Has(Access.Permissions.DashboardViewAll) || IsMemberOf(queueId));

    /// <summary>Every queue's figures, and those of conversations whose queue is no longer known.</summary>
    public bool SeesAllAnalytics => Has(Access.Permissions.AnalyticsTeam) && Has(Access.Permissions.DashboardViewAll);

    public bool CanSeePii => Has(Access.Permissions.CustomersPiiView);

    /// <summary>Agents see and edit a profile only while in an active conversation with that customer.</summary>
    public bool CanViewCustomer(bool inActiveConversationWithCustomer) =>
        Has(Access.Permissions.CustomersViewAny) || inActiveConversationWithCustomer;

    /// <summary>Agents' directory holds the contacts of their own conversations only.</summary>
    public bool SeesWholeDirectory => Has(Access.Permissions.CustomersDirectoryAll);
}
