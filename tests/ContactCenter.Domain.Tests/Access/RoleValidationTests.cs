using ContactCenter.Domain.Access;
using static ContactCenter.Domain.Access.Permissions;

namespace ContactCenter.Domain.Tests.Access;

public sealed class RoleValidationTests
{
    private static readonly Role Valid = new()
    {
        Id = "quality-reviewer",
        Name = "Quality reviewer",
        Description = "Reads conversations and team analytics",
        Permissions = new HashSet<string> { CustomersHistoryView, AnalyticsTeam },
    };

    [Fact]
    public void Valid_custom_role_passes()
    {
        var errors = Valid.Validate();

        Assert.True(errors.IsValid, errors.ToString());
    }

    [Fact]
    public void Custom_role_may_hold_every_permission_of_the_catalog()
    {
        var errors = (Valid with { Permissions = PermissionCatalog.All.Select(p => p.Name).ToHashSet() }).Validate();

        Assert.True(errors.IsValid, errors.ToString());
    }

    [Fact]
    public void Custom_role_is_not_built_in_unless_said() => Assert.False(Valid.IsBuiltIn);

    [Fact]
    public void Role_grants_only_the_permissions_it_holds()
    {
        Assert.True(Valid.Grants(AnalyticsTeam));
        Assert.False(Valid.Grants(AuditView));
    }

    [Fact]
    public void Unknown_permission_is_refused_naming_role_and_permission()
    {
        var role = Valid with { Permissions = new HashSet<string> { AnalyticsTeam, "conversations.delete" } };

        var message = Assert.Single(role.Validate().Messages);

        Assert.Equal("Role 'quality-reviewer' names 'conversations.delete', which is not a permission of the catalog.", message);
    }

    [Theory]
    [InlineData("Conversations.Reply")]
    [InlineData("conversations.reply ")]
    [InlineData("conversations")]
    [InlineData("*")]
    [InlineData("")]
    public void Permission_name_that_is_not_exactly_a_catalog_name_is_refused(string permission)
    {
        var role = Valid with { Permissions = new HashSet<string> { permission } };

        var message = Assert.Single(role.Validate().Messages);

        Assert.Equal($"Role 'quality-reviewer' names '{permission}', which is not a permission of the catalog.", message);
    }

    [Fact]
    public void Each_unknown_permission_is_reported_in_ordinal_order()
    {
        var role = Valid with { Permissions = new HashSet<string> { "reports.export", AuditView, "calls.record" } };

        Assert.Equal(
            [
                "Role 'quality-reviewer' names 'calls.record', which is not a permission of the catalog.",
                "Role 'quality-reviewer' names 'reports.export', which is not a permission of the catalog.",
            ],
            role.Validate().Messages);
    }

    [Fact]
    public void Role_without_permissions_is_refused_naming_the_role()
    {
        var message = Assert.Single((Valid with { Permissions = new HashSet<string>() }).Validate().Messages);

        Assert.Equal("Role 'quality-reviewer' needs at least one permission.", message);
    }

    [Theory]
    [InlineData("Quality-Reviewer")]
    [InlineData("quality reviewer")]
    [InlineData("quality_reviewer")]
    [InlineData("-reviewer")]
    [InlineData("reviewer-")]
    [InlineData("quality--reviewer")]
    [InlineData("reviewer\n")]
    [InlineData("")]
    public void Role_with_invalid_id_is_refused_naming_the_id(string id)
    {
        var message = Assert.Single((Valid with { Id = id }).Validate().Messages);

        Assert.Equal($"Role id '{id}' must be lowercase letters, digits and dashes.", message);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public void Role_without_name_is_refused_naming_the_role(string name)
    {
        var message = Assert.Single((Valid with { Name = name }).Validate().Messages);

        Assert.Equal("Role 'quality-reviewer' needs a name.", message);
    }

    [Fact]
    public void Every_problem_of_a_role_is_reported_at_once()
    {
        var role = new Role { Id = "Bad Id", Name = "", Permissions = new HashSet<string> { "x.y", "a.b" } };

        Assert.Equal(4, role.Validate().Messages.Count);
    }
}
