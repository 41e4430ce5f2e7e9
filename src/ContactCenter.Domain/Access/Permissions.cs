namespace ContactCenter.Domain.Access;

/// <summary>
/// The permission catalog: stable names that roles are made of. They are stored in custom roles
/// and written into the audit log, so a name, once shipped, never changes meaning.
/// Each maps to a row of the permission matrix in docs/domain.md.
/// </summary>
public static class Permissions
{
    public const string ConversationsReply = "conversations.reply";
    public const string ConversationsStatusChange = "conversations.status.change";
    public const string ConversationsTransfer = "conversations.transfer";
    public const string ConversationsConference = "conversations.conference";
    public const string ConversationsSessionStart = "conversations.session.start";
    public const string ConversationsWrapUp = "conversations.wrap-up";
    public const string ConversationsLeave = "conversations.leave";
    public const string ConversationsJoinSubscribed = "conversations.subscribed.join";
    public const string ConversationsEndSubscribed = "conversations.subscribed.end";
    public const string ConversationsStartNew = "conversations.start-new";
    public const string ConversationsAssignOwnQueues = "conversations.assign.own-queues";
    public const string ConversationsAssignAny = "conversations.assign.any";
    public const string ConversationsLinkCustomer = "conversations.link-customer";
    public const string EscalationsHandle = "escalations.handle";

    public const string CustomersViewAny = "customers.view.any";
    public const string CustomersCreate = "customers.create";
    public const string CustomersDirectoryAll = "customers.directory.all";
    public const string CustomersHistoryView = "customers.history.view";
    public const string CustomersPiiView = "customers.pii.view";
    public const string CustomerSchemaView = "customers.schema.view";
    public const string CustomerSchemaManage = "customers.schema.manage";

    public const string AgentStateChangeOwn = "agents.state.change-own";
    public const string LabelsUse = "labels.use";
    public const string LabelsManage = "labels.manage";

    public const string AnalyticsPersonal = "analytics.personal";
    public const string AnalyticsTeam = "analytics.team";
    public const string DashboardView = "dashboard.view";

    /// <summary>The wallboard of every queue; without it a supervisor sees the queues they supervise (their own and their teams').</summary>
    public const string DashboardViewAll = "dashboard.view.all";

    public const string SettingsView = "settings.view";
    public const string SettingsQueuesManage = "settings.queues.manage";
    public const string SettingsUsersManage = "settings.users.manage";
    public const string SettingsRolesManage = "settings.roles.manage";
    public const string SettingsRoutingManage = "settings.routing.manage";
    public const string SettingsCannedResponsesManage = "settings.canned-responses.manage";
    public const string SettingsMaskingManage = "settings.masking.manage";

    public const string AuditView = "audit.view";
    public const string AccountManage = "account.manage";
}
