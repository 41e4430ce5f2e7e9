using static ContactCenter.Domain.Access.Permissions;

namespace ContactCenter.Domain.Access;

/// <summary>A permission with the words an admin reads when composing a custom role.</summary>
public sealed record PermissionInfo(string Name, string Area, string Description);

public static class PermissionCatalog
{
    public static readonly IReadOnlyList<PermissionInfo> All =
    [
        new(ConversationsReply, "Conversations", "Reply in conversations of the queues one belongs to"),
        new(ConversationsStatusChange, "Conversations", "Set a conversation open, pending or resolved"),
        new(ConversationsTransfer, "Conversations", "Transfer a conversation to a queue or a member of a queue"),
        new(ConversationsConference, "Conversations", "Invite agents of a queue into a conversation"),
        new(ConversationsSessionStart, "Conversations", "Start a new channel session inside an active conversation"),
        new(ConversationsWrapUp, "Conversations", "Add wrap-ups and notes"),
        new(ConversationsLeave, "Conversations", "Leave a conversation"),
        new(ConversationsJoinSubscribed, "Conversations", "See and join conversations of the subscribed list"),
        new(ConversationsEndSubscribed, "Conversations", "End an active conversation from the subscribed list"),
        new(ConversationsStartNew, "Conversations", "Start a new conversation with a new customer"),
        new(ConversationsAssignOwnQueues, "Conversations", "Assign to self or reassign within one's queues"),
        new(ConversationsAssignAny, "Conversations", "Assign or reassign to any agent or team"),
        new(ConversationsLinkCustomer, "Conversations", "Link a conversation to another customer profile"),
        new(EscalationsHandle, "Conversations", "See and handle escalated conversations"),
        new(CustomersViewAny, "Customers", "View and edit any customer profile, outside a conversation too"),
        new(CustomersCreate, "Customers", "Create a customer profile from scratch"),
        new(CustomersDirectoryAll, "Customers", "See every customer in the directory, not only one's own contacts"),
        new(CustomersHistoryView, "Customers", "View a customer's conversation history"),
        new(CustomersPiiView, "Customers", "See customers' personal data (email, phone, PII fields) unmasked"),
        new(CustomerSchemaView, "Customers", "View the customer schema"),
        new(CustomerSchemaManage, "Customers", "Change the customer schema"),
        new(AgentStateChangeOwn, "Agents", "Change one's own state, globally and per channel"),
        new(LabelsUse, "Labels", "Create, view and assign labels"),
        new(LabelsManage, "Labels", "Edit or delete labels from the label list"),
        new(AnalyticsPersonal, "Analytics", "See one's own analytics"),
        new(AnalyticsTeam, "Analytics", "See team analytics"),
        new(DashboardView, "Analytics", "Watch the real-time supervisor dashboard"),
        new(DashboardViewAll, "Analytics", "Watch every queue on the dashboard, not only the queues one supervises"),
        new(SettingsView, "Settings", "View every setting"),
        new(SettingsQueuesManage, "Settings", "Change queues, inboxes and channels"),
        new(SettingsUsersManage, "Settings", "Create, change and disable users"),
        new(SettingsRolesManage, "Settings", "Create, change and delete custom roles"),
        new(SettingsRoutingManage, "Settings", "Change routing and SLA rules and business hours"),
        new(SettingsCannedResponsesManage, "Settings", "Change canned responses, templates and conversation fields"),
        new(SettingsMaskingManage, "Settings", "Change the masking policy"),
        new(AuditView, "Security", "Read the audit log"),
        new(AccountManage, "Account", "Plan and seats, ownership transfer, integrations and API keys"),
    ];

    private static readonly HashSet<string> Names = [.. All.Select(p => p.Name)];

    public static bool Contains(string permission) => Names.Contains(permission);
}
