using ContactCenter.Domain.Access;
using static ContactCenter.Domain.Access.Permissions;

namespace ContactCenter.Domain.Tests.Access;

public sealed class AccessGrantTests
{
    private static readonly Role QualityReviewer = new()
    {
        Id = "quality-reviewer",
        Name = "Quality reviewer",
        Permissions = new HashSet<string> { AuditView, AnalyticsTeam },
    };

    private static readonly Role Labeller = new()
    {
        Id = "labeller",
        Name = "Labeller",
        Permissions = new HashSet<string> { LabelsUse, LabelsManage },
    };

    private static readonly IReadOnlyList<Role> KnownRoles = [.. BuiltInRoles.All, QualityReviewer, Labeller];

    private static readonly StaffUser User = new()
    {
        Id = Guid.Parse("0193a1b2-0000-7000-8000-000000000020"),
        UserName = "bob",
        DisplayName = "Bob Stone",
        Email = "bob@example.com",
        Roles = [BuiltInRoles.Agent],
        PasswordHash = "hash",
        QueueIds = ["sales"],
    };

    private static IReadOnlyCollection<string> PermissionsOf(string roleId) =>
        Assert.Single(KnownRoles, r => r.Id == roleId).Permissions;

    private static string[] Sorted(IEnumerable<string> permissions) => [.. permissions.Order(StringComparer.Ordinal)];

    [Fact]
    public void Grant_carries_the_user_and_their_queues()
    {
        var grant = AccessGrant.For(User with { QueueIds = ["sales", "vip"] }, KnownRoles);

        Assert.Equal(User.Id, grant.UserId);
        Assert.Equal("bob", grant.UserName);
        Assert.Equal(["sales", "vip"], grant.QueueIds);
    }

    [Fact]
    public void Grant_of_a_supervisor_with_a_custom_role_is_the_union_of_both()
    {
        var grant = AccessGrant.For(User with { Roles = [BuiltInRoles.Supervisor, QualityReviewer.Id] }, KnownRoles);

        Assert.Equal(
            Sorted(PermissionsOf(BuiltInRoles.Supervisor).Union(QualityReviewer.Permissions)),
            Sorted(grant.Permissions));
        Assert.True(grant.Has(AuditView));
        Assert.True(grant.Has(DashboardView));
    }

    [Fact]
    public void Team_analytics_cover_a_supervisors_own_queues_and_every_queue_for_an_admin()
    {
        var supervisor = AccessGrant.For(User with { Roles = [BuiltInRoles.Supervisor] }, KnownRoles);
        var admin = AccessGrant.For(User with { Roles = [BuiltInRoles.Admin] }, KnownRoles);
        var agent = AccessGrant.For(User, KnownRoles);

        Assert.True(supervisor.SeesAnalyticsOf("sales"));
        Assert.False(supervisor.SeesAnalyticsOf("billing"));
        Assert.False(supervisor.SeesAllAnalytics);
        Assert.True(admin.SeesAnalyticsOf("billing"));
        Assert.True(admin.SeesAllAnalytics);
        Assert.False(agent.SeesAnalyticsOf("sales"));   // a member of the queue, without team analytics
    }

    [Fact]
    public void Grant_of_several_custom_roles_is_their_union()
    {
        var grant = AccessGrant.For(User with { Roles = [QualityReviewer.Id, Labeller.Id] }, KnownRoles);

        Assert.Equal(Sorted([AnalyticsTeam, AuditView, LabelsManage, LabelsUse]), Sorted(grant.Permissions));
    }

    [Fact]
    public void Overlapping_roles_grant_each_permission_once_and_no_more_than_the_larger()
    {
        var grant = AccessGrant.For(User with { Roles = [BuiltInRoles.Agent, BuiltInRoles.SeniorAgent] }, KnownRoles);

        Assert.Equal(Sorted(PermissionsOf(BuiltInRoles.SeniorAgent)), Sorted(grant.Permissions));
    }

    [Fact]
    public void User_with_only_a_custom_role_gets_exactly_its_permissions()
    {
        var grant = AccessGrant.For(User with { Roles = [Labeller.Id] }, KnownRoles);

        Assert.Equal(Sorted([LabelsManage, LabelsUse]), Sorted(grant.Permissions));
        Assert.False(grant.Has(ConversationsReply));
        Assert.False(grant.CanSeePii);
        Assert.False(grant.SeesWholeDirectory);
        Assert.False(grant.CanViewCustomer(inActiveConversationWithCustomer: false));
    }

    [Fact]
    public void Custom_role_holding_pii_view_unmasks_pii_without_any_other_customer_right()
    {
        var piiReader = new Role { Id = "pii-reader", Name = "PII reader", Permissions = new HashSet<string> { CustomersPiiView } };

        var grant = AccessGrant.For(User with { Roles = [piiReader.Id] }, [piiReader]);

        Assert.True(grant.CanSeePii);
        Assert.False(grant.SeesWholeDirectory);
        Assert.False(grant.CanViewCustomer(inActiveConversationWithCustomer: false));
    }

    [Fact]
    public void Roles_the_user_does_not_hold_grant_nothing()
    {
        var grant = AccessGrant.For(User with { Roles = [BuiltInRoles.Agent] }, KnownRoles);

        Assert.Equal(Sorted(PermissionsOf(BuiltInRoles.Agent)), Sorted(grant.Permissions));
        Assert.False(grant.Has(AccountManage));
    }

    [Theory]
    [InlineData("ghost")]
    [InlineData("Agent")]
    [InlineData("owner ")]
    [InlineData("")]
    public void Unknown_role_id_grants_nothing(string roleId)
    {
        var grant = AccessGrant.For(User with { Roles = [roleId] }, KnownRoles);

        Assert.Empty(grant.Permissions);
        Assert.False(grant.CanViewCustomer(inActiveConversationWithCustomer: false));
    }

    [Fact]
    public void Unknown_role_id_beside_a_known_one_adds_nothing()
    {
        var grant = AccessGrant.For(User with { Roles = [BuiltInRoles.Agent, "ghost"] }, KnownRoles);

        Assert.Equal(Sorted(PermissionsOf(BuiltInRoles.Agent)), Sorted(grant.Permissions));
    }

    [Fact]
    public void Role_held_by_the_user_but_not_among_the_roles_given_grants_nothing()
    {
        var grant = AccessGrant.For(User with { Roles = [QualityReviewer.Id] }, BuiltInRoles.All);

        Assert.Empty(grant.Permissions);
    }

    [Fact]
    public void Disabled_flag_does_not_change_the_grant_refusing_disabled_users_is_sign_in_s_job()
    {
        var enabled = AccessGrant.For(User with { Roles = [BuiltInRoles.Admin] }, KnownRoles);
        var disabled = AccessGrant.For(User with { Roles = [BuiltInRoles.Admin], Disabled = true }, KnownRoles);

        Assert.Equal(Sorted(enabled.Permissions), Sorted(disabled.Permissions));
        Assert.Equal(Sorted(PermissionsOf(BuiltInRoles.Admin)), Sorted(disabled.Permissions));
    }

    [Fact]
    public void Has_answers_for_the_exact_permission_name_only()
    {
        var grant = AccessGrant.For(User, KnownRoles);

        Assert.True(grant.Has(ConversationsReply));
        Assert.False(grant.Has("Conversations.Reply"));
        Assert.False(grant.Has("conversations"));
    }
}
