using static ContactCenter.Domain.Access.Permissions;

namespace ContactCenter.Domain.Access;

/// <summary>
/// The five built-in roles, each including the one before it (docs/domain.md, "What each may do").
/// Their ids are stable: they are stored on users and written into the audit log.
/// </summary>
public static class BuiltInRoles
{
    public const string Agent = "agent";
    public const string SeniorAgent = "senior-agent";
    public const string Supervisor = "supervisor";
    public const string Admin = "admin";
    public const string Owner = "owner";

    /// <summary>From least to most privileged.</summary>
    public static readonly IReadOnlyList<string> Ladder = [Agent, SeniorAgent, Supervisor, Admin, Owner];

    private static readonly string[] AgentGrants =
    [
        ConversationsReply, ConversationsStatusChange, ConversationsTransfer, ConversationsConference,
        ConversationsSessionStart, ConversationsWrapUp, ConversationsLeave, ConversationsJoinSubscribed,
        ConversationsAssignOwnQueues, CustomersHistoryView, AgentStateChangeOwn, LabelsUse, AnalyticsPersonal,
    ];

    private static readonly string[] SeniorAgentGrants =
    [
        .. AgentGrants, CustomersViewAny, CustomersCreate, CustomersDirectoryAll, CustomersPiiView,
        CustomerSchemaView, ConversationsLinkCustomer, ConversationsStartNew, ConversationsAssignAny,
    ];

    private static readonly string[] SupervisorGrants =
    [
        .. SeniorAgentGrants, CustomerSchemaManage, LabelsManage, ConversationsEndSubscribed, DashboardView,
        AnalyticsTeam, EscalationsHandle, SettingsView,
    ];

    private static readonly string[] AdminGrants =
    [
        .. SupervisorGrants, SettingsQueuesManage, SettingsUsersManage, SettingsRolesManage, SettingsRoutingManage,
        SettingsCannedResponsesManage, SettingsMaskingManage, AuditView, DashboardViewAll,
    ];

    public static readonly IReadOnlyList<Role> All =
    [
        Define(Agent, "Agent", "Handles conversations of their queues", AgentGrants),
        Define(SeniorAgent, "Senior agent", "An agent who also works with customers outside a conversation", SeniorAgentGrants),
        Define(Supervisor, "Supervisor", "Watches the team, handles escalations, joins and ends conversations", SupervisorGrants),
        Define(Admin, "Admin", "Configures the system", AdminGrants),
        Define(Owner, "Owner", "Everything an admin can, plus the account itself", [.. AdminGrants, AccountManage]),
    ];

    public static bool IsBuiltIn(string roleId) => Ladder.Contains(roleId);

    public static Role? Find(string roleId) => All.FirstOrDefault(r => r.Id == roleId);

    private static Role Define(string id, string name, string description, string[] permissions) =>
        new() { Id = id, Name = name, Description = description, Permissions = permissions.ToHashSet(), IsBuiltIn = true };
}
