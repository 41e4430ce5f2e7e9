using System.Reflection;
using ContactCenter.Domain.Access;
using static ContactCenter.Domain.Access.Permissions;

namespace ContactCenter.Domain.Tests.Access;

/// <summary>
/// The permission matrix (docs/domain.md), re-typed row by row, against the built-in roles. A row whose
/// agent cell is a condition ("only while in an active conversation", "contacts of their own
/// conversations", "within their queues", "masked") maps to the permission of the unconditional
/// capability, which agents do not hold; the condition itself is tested through <see cref="AccessGrant"/>.
/// </summary>
public sealed class PermissionMatrixTests
{
    private const bool Yes = true;
    private const bool No = false;

    private sealed record Row(
        string Capability, IReadOnlyList<string> Permissions, bool Agent, bool SeniorAgent, bool Supervisor, bool Admin, bool Owner)
    {
        public bool For(string role) => role switch
        {
            BuiltInRoles.Agent => Agent,
            BuiltInRoles.SeniorAgent => SeniorAgent,
            BuiltInRoles.Supervisor => Supervisor,
            BuiltInRoles.Admin => Admin,
            BuiltInRoles.Owner => Owner,
            _ => throw new ArgumentOutOfRangeException(nameof(role), role, "Not a built-in role."),
        };
    }

    // Columns: agent, senior agent, supervisor, admin, owner.
    private static readonly Row[] Matrix =
    [
        new("reply in conversations of queues they belong to", [ConversationsReply], Yes, Yes, Yes, Yes, Yes),
        new("view customer profile and edit it (agent: only while in an active conversation)", [CustomersViewAny], No, Yes, Yes, Yes, Yes),
        new("create a customer profile from scratch", [CustomersCreate], No, Yes, Yes, Yes, Yes),
        new("customer list (directory) (agent: contacts of their own conversations)", [CustomersDirectoryAll], No, Yes, Yes, Yes, Yes),
        new("link a conversation to another customer profile", [ConversationsLinkCustomer], No, Yes, Yes, Yes, Yes),
        new("view a customer's conversation history", [CustomersHistoryView], Yes, Yes, Yes, Yes, Yes),
        new("customer schema: view", [CustomerSchemaView], No, Yes, Yes, Yes, Yes),
        new("customer schema: change", [CustomerSchemaManage], No, No, Yes, Yes, Yes),
        new("change own state (global and per channel)", [AgentStateChangeOwn], Yes, Yes, Yes, Yes, Yes),
        new("labels: create, view and assign", [LabelsUse], Yes, Yes, Yes, Yes, Yes),
        new("labels: edit or delete from the label list", [LabelsManage], No, No, Yes, Yes, Yes),
        new("transfer a conversation to another queue or to a member of a queue", [ConversationsTransfer], Yes, Yes, Yes, Yes, Yes),
        new("conference: add agents from queues to a conversation", [ConversationsConference], Yes, Yes, Yes, Yes, Yes),
        new("start a new channel session inside an active conversation", [ConversationsSessionStart], Yes, Yes, Yes, Yes, Yes),
        new("start a new conversation with a new customer", [ConversationsStartNew], No, Yes, Yes, Yes, Yes),
        new("add wrap-up (during or after the conversation) and notes", [ConversationsWrapUp], Yes, Yes, Yes, Yes, Yes),
        new("leave a conversation", [ConversationsLeave], Yes, Yes, Yes, Yes, Yes),
        new("subscribed list: see and join conversations", [ConversationsJoinSubscribed], Yes, Yes, Yes, Yes, Yes),
        new("subscribed list: end an active conversation", [ConversationsEndSubscribed], No, No, Yes, Yes, Yes),
        new("supervisor dashboard / wallboard", [DashboardView], No, No, Yes, Yes, Yes),
        new("wallboard: every queue (a supervisor sees the queues they supervise)", [DashboardViewAll], No, No, No, Yes, Yes),
        new("customer PII unmasked (agent: masked)", [CustomersPiiView], No, Yes, Yes, Yes, Yes),
        new("change conversation status (open, pending, resolved)", [ConversationsStatusChange], Yes, Yes, Yes, Yes, Yes),
        new("assign to self, reassign to another agent: within their queues", [ConversationsAssignOwnQueues], Yes, Yes, Yes, Yes, Yes),
        new("assign to self, reassign to another agent: to any agent or team", [ConversationsAssignAny], No, Yes, Yes, Yes, Yes),
        new("personal analytics", [AnalyticsPersonal], Yes, Yes, Yes, Yes, Yes),
        new("team analytics", [AnalyticsTeam], No, No, Yes, Yes, Yes),
        new("escalations: see and handle escalated conversations", [EscalationsHandle], No, No, Yes, Yes, Yes),
        new("settings: view", [SettingsView], No, No, Yes, Yes, Yes),
        new(
            "settings: change (queues/inboxes and channels, users and roles, routing and SLA rules, business hours, "
                + "canned responses and templates, conversation fields, masking policy)",
            [
                SettingsQueuesManage, SettingsUsersManage, SettingsRolesManage, SettingsRoutingManage,
                SettingsCannedResponsesManage, SettingsMaskingManage,
            ],
            No, No, No, Yes, Yes),
        new("audit log: view", [AuditView], No, No, No, Yes, Yes),
        new("account: plan and seats, ownership transfer, integrations and API keys", [AccountManage], No, No, No, No, Yes),
    ];

    public static TheoryData<string, string, bool> RowRoleCases()
    {
        var data = new TheoryData<string, string, bool>();
        foreach (var row in Matrix)
        {
            foreach (var role in BuiltInRoles.Ladder)
            {
                data.Add(row.Capability, role, row.For(role));
            }
        }

        return data;
    }

    public static TheoryData<string> Roles() => [.. BuiltInRoles.Ladder];

    public static TheoryData<string> CatalogNames() => [.. PermissionCatalog.All.Select(p => p.Name)];

    public static TheoryData<string, string> LadderSteps()
    {
        var data = new TheoryData<string, string>();
        for (var i = 1; i < BuiltInRoles.Ladder.Count; i++)
        {
            data.Add(BuiltInRoles.Ladder[i - 1], BuiltInRoles.Ladder[i]);
        }

        return data;
    }

    public static TheoryData<string> RolesAboveAgent() => [.. BuiltInRoles.Ladder.Skip(1)];

    [Theory]
    [MemberData(nameof(RowRoleCases))]
    public void Built_in_role_holds_the_permissions_of_a_matrix_row_exactly_when_the_matrix_says_yes(
        string capability, string roleId, bool expected)
    {
        var row = Matrix.Single(r => r.Capability == capability);
        var role = Assert.Single(BuiltInRoles.All, r => r.Id == roleId);

        Assert.All(row.Permissions, permission => Assert.True(
            role.Grants(permission) == expected,
            $"'{roleId}' {(expected ? "lacks" : "holds")} '{permission}' ({capability})."));
    }

    [Theory]
    [MemberData(nameof(Roles))]
    public void Built_in_role_holds_nothing_beyond_its_yes_rows(string roleId)
    {
        var role = Assert.Single(BuiltInRoles.All, r => r.Id == roleId);
        var expected = Matrix.Where(r => r.For(roleId)).SelectMany(r => r.Permissions);

        Assert.Equal(expected.Order(StringComparer.Ordinal), role.Permissions.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Built_in_roles_are_the_ladder_in_order() =>
        Assert.Equal(BuiltInRoles.Ladder, BuiltInRoles.All.Select(r => r.Id));

    [Theory]
    [MemberData(nameof(CatalogNames))]
    public void Every_catalog_permission_implements_a_matrix_row(string permission) =>
        Assert.Contains(Matrix, row => row.Permissions.Contains(permission));

    [Fact]
    public void Every_permission_of_the_matrix_table_is_in_the_catalog_and_implements_one_row_only()
    {
        var named = Matrix.SelectMany(r => r.Permissions).ToArray();

        Assert.All(named, p => Assert.True(PermissionCatalog.Contains(p), $"'{p}' is not in the catalog."));
        Assert.Equal(named.Length, named.Distinct(StringComparer.Ordinal).Count());
    }

    [Fact]
    public void Catalog_names_are_unique()
    {
        var duplicates = PermissionCatalog.All.GroupBy(p => p.Name, StringComparer.Ordinal).Where(g => g.Count() > 1).Select(g => g.Key);

        Assert.Empty(duplicates);
    }

    [Fact]
    public void Catalog_lists_exactly_the_permission_constants()
    {
        var constants = typeof(Permissions).GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(f => f.IsLiteral)
            .Select(f => (string)f.GetRawConstantValue()!);

        Assert.Equal(constants.Order(StringComparer.Ordinal), PermissionCatalog.All.Select(p => p.Name).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Catalog_entries_describe_themselves_for_an_admin() =>
        Assert.All(PermissionCatalog.All, p =>
        {
            Assert.False(string.IsNullOrWhiteSpace(p.Area), $"'{p.Name}' has no area.");
            Assert.False(string.IsNullOrWhiteSpace(p.Description), $"'{p.Name}' has no description.");
        });

    [Fact]
    public void Only_the_owner_manages_the_account() =>
        Assert.Equal([BuiltInRoles.Owner], BuiltInRoles.All.Where(r => r.Grants(AccountManage)).Select(r => r.Id));

    [Theory]
    [MemberData(nameof(LadderSteps))]
    public void Each_role_includes_everything_the_role_before_it_has(string lower, string higher)
    {
        var lowerRole = Assert.Single(BuiltInRoles.All, r => r.Id == lower);
        var higherRole = Assert.Single(BuiltInRoles.All, r => r.Id == higher);

        Assert.Empty(lowerRole.Permissions.Except(higherRole.Permissions));
    }

    [Theory]
    [MemberData(nameof(Roles))]
    public void Built_in_role_is_a_valid_role(string roleId)
    {
        var role = Assert.Single(BuiltInRoles.All, r => r.Id == roleId);

        Assert.True(role.IsBuiltIn);
        Assert.True(role.Validate().IsValid, role.Validate().ToString());
    }

    // Conditional rows: the condition lives in AccessGrant.

    [Fact]
    public void Agent_views_and_edits_a_customer_only_while_in_an_active_conversation_with_them()
    {
        var agent = GrantFor(BuiltInRoles.Agent);

        Assert.True(agent.CanViewCustomer(inActiveConversationWithCustomer: true));
        Assert.False(agent.CanViewCustomer(inActiveConversationWithCustomer: false));
    }

    [Theory]
    [MemberData(nameof(RolesAboveAgent))]
    public void Roles_above_agent_view_a_customer_any_time(string roleId)
    {
        var grant = GrantFor(roleId);

        Assert.True(grant.CanViewCustomer(inActiveConversationWithCustomer: false));
        Assert.True(grant.CanViewCustomer(inActiveConversationWithCustomer: true));
    }

    [Fact]
    public void Agent_directory_holds_only_the_contacts_of_their_own_conversations() =>
        Assert.False(GrantFor(BuiltInRoles.Agent).SeesWholeDirectory);

    [Theory]
    [MemberData(nameof(RolesAboveAgent))]
    public void Roles_above_agent_see_the_whole_directory(string roleId) =>
        Assert.True(GrantFor(roleId).SeesWholeDirectory);

    [Fact]
    public void Agent_sees_customer_pii_masked() =>
        Assert.False(GrantFor(BuiltInRoles.Agent).CanSeePii);

    [Theory]
    [MemberData(nameof(RolesAboveAgent))]
    public void Roles_above_agent_see_customer_pii_unmasked(string roleId) =>
        Assert.True(GrantFor(roleId).CanSeePii);

    [Fact]
    public void Agent_assigns_only_within_their_queues_and_the_grant_carries_those_queues()
    {
        var agent = GrantFor(BuiltInRoles.Agent);

        Assert.True(agent.Has(ConversationsAssignOwnQueues));
        Assert.False(agent.Has(ConversationsAssignAny));
        Assert.Equal(["sales", "support"], agent.QueueIds);
    }

    [Fact]
    public void Agent_cannot_see_the_customer_schema_page()
    {
        var agent = GrantFor(BuiltInRoles.Agent);

        Assert.False(agent.Has(CustomerSchemaView));
        Assert.False(agent.Has(CustomerSchemaManage));
    }

    [Fact]
    public void Senior_agent_views_the_customer_schema_without_changing_it()
    {
        var senior = GrantFor(BuiltInRoles.SeniorAgent);

        Assert.True(senior.Has(CustomerSchemaView));
        Assert.False(senior.Has(CustomerSchemaManage));
    }

    [Fact]
    public void Supervisor_views_settings_without_changing_any()
    {
        var supervisor = GrantFor(BuiltInRoles.Supervisor);
        var changes = PermissionCatalog.All.Select(p => p.Name).Where(p => p.StartsWith("settings.", StringComparison.Ordinal) && p != SettingsView);

        Assert.True(supervisor.Has(SettingsView));
        Assert.NotEmpty(changes);
        Assert.All(changes, p => Assert.False(supervisor.Has(p), $"Supervisor holds '{p}'."));
    }

    private static AccessGrant GrantFor(string roleId) => AccessGrant.For(
        new StaffUser
        {
            Id = Guid.Parse("0193a1b2-0000-7000-8000-000000000010"),
            UserName = "alice",
            DisplayName = "Alice Martin",
            Email = "alice@example.com",
            Roles = [roleId],
            PasswordHash = "hash",
            QueueIds = ["sales", "support"],
        },
        BuiltInRoles.All);
}
