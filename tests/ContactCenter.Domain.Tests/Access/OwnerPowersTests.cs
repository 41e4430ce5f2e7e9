using ContactCenter.Domain.Access;
using static ContactCenter.Domain.Access.Permissions;

namespace ContactCenter.Domain.Tests.Access;

/// <summary>Powers above admin: only owners grant, compose or remove them; the last enabled owner keeps them.</summary>
public sealed class OwnerPowersTests
{
    private static readonly Role CoOwner = new() { Id = "co-owner", Name = "Co-owner", Permissions = new HashSet<string> { AccountManage, SettingsView } };
    private static readonly Role Labeller = new() { Id = "labeller", Name = "Labeller", Permissions = new HashSet<string> { LabelsUse, LabelsManage } };
    private static readonly IReadOnlyList<Role> Roles = [.. BuiltInRoles.All, CoOwner, Labeller];

    private static readonly StaffUser Olivia = User("olivia", BuiltInRoles.Owner);
    private static readonly StaffUser Otto = User("otto", BuiltInRoles.Owner);
    private static readonly StaffUser Ada = User("ada", BuiltInRoles.Admin);
    private static readonly StaffUser Alex = User("alex", BuiltInRoles.Agent);

    private static StaffUser User(string name, params string[] roles) => new()
    {
        Id = Guid.NewGuid(),
        UserName = name,
        DisplayName = name,
        Email = $"{name}@example.com",
        Roles = roles,
        PasswordHash = "hash",
    };

    private static AccessGrant GrantOf(StaffUser user) => AccessGrant.For(user, Roles);

    [Fact]
    public void Powers_above_admin_are_what_the_owner_role_has_and_the_admin_role_lacks()
    {
        Assert.Equal([AccountManage], OwnerPowers.AboveAdmin);
        Assert.True(GrantOf(Olivia).IsOwner());
        Assert.False(GrantOf(Ada).IsOwner());
    }

    [Fact]
    public void An_admin_cannot_create_an_owner_or_a_user_with_a_role_holding_owner_powers()
    {
        Assert.Equal(OwnerPowers.OwnerOnly, OwnerPowers.MayCreate(GrantOf(Ada), [BuiltInRoles.Owner], Roles));
        Assert.Equal(OwnerPowers.OwnerOnly, OwnerPowers.MayCreate(GrantOf(Ada), [BuiltInRoles.Agent, CoOwner.Id], Roles));
        Assert.Null(OwnerPowers.MayCreate(GrantOf(Ada), [BuiltInRoles.Admin, Labeller.Id], Roles));
        Assert.Null(OwnerPowers.MayCreate(GrantOf(Olivia), [BuiltInRoles.Owner], Roles));
    }

    [Fact]
    public void An_admin_cannot_make_themselves_or_anyone_owner_nor_demote_an_owner()
    {
        IReadOnlyList<StaffUser> users = [Olivia, Otto, Ada, Alex];

        Assert.Equal(OwnerPowers.OwnerOnly, OwnerPowers.MayChangeRoles(GrantOf(Ada), Ada, [BuiltInRoles.Owner], Roles, users));
        Assert.Equal(OwnerPowers.OwnerOnly, OwnerPowers.MayChangeRoles(GrantOf(Ada), Alex, [BuiltInRoles.Agent, CoOwner.Id], Roles, users));
        Assert.Equal(OwnerPowers.OwnerOnly, OwnerPowers.MayChangeRoles(GrantOf(Ada), Otto, [BuiltInRoles.Admin], Roles, users));
        Assert.Null(OwnerPowers.MayChangeRoles(GrantOf(Ada), Alex, [BuiltInRoles.Supervisor], Roles, users));
        Assert.Null(OwnerPowers.MayChangeRoles(GrantOf(Olivia), Ada, [BuiltInRoles.Owner], Roles, users));
        Assert.Null(OwnerPowers.MayChangeRoles(GrantOf(Olivia), Otto, [BuiltInRoles.Admin], Roles, users));
    }

    [Fact]
    public void The_last_enabled_owner_cannot_be_demoted_or_disabled_even_by_themselves()
    {
        // Otto is an owner too, but disabled: he does not count.
        IReadOnlyList<StaffUser> users = [Olivia, Otto with { Disabled = true }, Ada];

        Assert.Equal(OwnerPowers.LastOwner, OwnerPowers.MayChangeRoles(GrantOf(Olivia), Olivia, [BuiltInRoles.Admin], Roles, users));
        Assert.Equal(OwnerPowers.LastOwner, OwnerPowers.MaySetDisabled(GrantOf(Olivia), Olivia, true, Roles, users));
        Assert.Null(OwnerPowers.MayChangeRoles(GrantOf(Olivia), Olivia, [BuiltInRoles.Owner, Labeller.Id], Roles, users));
        Assert.Null(OwnerPowers.MaySetDisabled(GrantOf(Olivia), Otto, false, Roles, users));
    }

    [Fact]
    public void An_owner_may_step_down_once_another_enabled_owner_exists()
    {
        IReadOnlyList<StaffUser> users = [Olivia, Otto, Ada];

        Assert.Null(OwnerPowers.MayChangeRoles(GrantOf(Olivia), Olivia, [BuiltInRoles.Admin], Roles, users));
        Assert.Null(OwnerPowers.MaySetDisabled(GrantOf(Olivia), Otto, true, Roles, users));
    }

    [Fact]
    public void An_admin_can_neither_disable_nor_enable_an_owner()
    {
        IReadOnlyList<StaffUser> users = [Olivia, Otto, Ada, Alex];

        Assert.Equal(OwnerPowers.OwnerOnly, OwnerPowers.MaySetDisabled(GrantOf(Ada), Otto, true, Roles, users));
        Assert.Equal(OwnerPowers.OwnerOnly, OwnerPowers.MaySetDisabled(GrantOf(Ada), Otto with { Disabled = true }, false, Roles, users));
        Assert.Null(OwnerPowers.MaySetDisabled(GrantOf(Ada), Alex, true, Roles, users));
    }

    [Fact]
    public void Only_an_owner_composes_changes_or_deletes_a_role_holding_owner_powers()
    {
        var widened = Labeller with { Permissions = new HashSet<string> { LabelsUse, AccountManage } };
        var narrowed = CoOwner with { Permissions = new HashSet<string> { SettingsView } };
        IReadOnlyList<StaffUser> users = [Olivia, Ada];

        Assert.Equal(OwnerPowers.OwnerOnly, OwnerPowers.MayCompose(GrantOf(Ada), null, CoOwner, Roles, users));
        Assert.Equal(OwnerPowers.OwnerOnly, OwnerPowers.MayCompose(GrantOf(Ada), Labeller, widened, Roles, users));
        Assert.Equal(OwnerPowers.OwnerOnly, OwnerPowers.MayCompose(GrantOf(Ada), CoOwner, narrowed, Roles, users));
        Assert.Equal(OwnerPowers.OwnerOnly, OwnerPowers.MayDelete(GrantOf(Ada), CoOwner));
        Assert.Null(OwnerPowers.MayCompose(GrantOf(Ada), null, Labeller, Roles, users));
        Assert.Null(OwnerPowers.MayCompose(GrantOf(Olivia), Labeller, widened, Roles, users));
        Assert.Null(OwnerPowers.MayDelete(GrantOf(Olivia), CoOwner));
        Assert.Null(OwnerPowers.MayDelete(GrantOf(Ada), Labeller));
    }

    [Fact]
    public void A_role_change_that_takes_owner_powers_from_the_last_owner_is_refused()
    {
        // The only enabled owner is one through a custom role.
        var coOwnerOnly = User("cora", CoOwner.Id);

        Assert.Equal(OwnerPowers.LastOwner,
            OwnerPowers.MayCompose(AccessGrant.For(coOwnerOnly, Roles), CoOwner, CoOwner with { Permissions = new HashSet<string> { SettingsView } }, Roles, [coOwnerOnly, Ada]));
    }
}
