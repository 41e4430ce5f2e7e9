using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using ContactCenter.Contracts;
using ContactCenter.Contracts.Access;
using ContactCenter.Testing;

namespace ContactCenter.Server.Tests.Access;

/// <summary>Powers above admin through the real API: an admin never gets or gives them, and the last owner keeps them.</summary>
public sealed class OwnerPowerTests
{
    private static readonly Guid AdaId = new("0193a000-0000-7000-8000-000000000005");
    private static readonly Guid OliviaId = new("0193a000-0000-7000-8000-000000000006");

    [Fact]
    public async Task An_admin_cannot_make_anyone_owner_nor_touch_an_owner()
    {
        // Tried as ada.admin: the owner role for herself, a new owner, a custom role holding
        // account.manage (new and cloned from owner), and demoting or disabling the owner.
        await using var host = await ServerHost.StartAsync();
        using var ada = await host.SignedInAsync("ada.admin");

        using var selfOwner = await ada.PutAsJsonAsync($"{ApiRoutes.Users}/{AdaId}/roles", new[] { "admin", "owner" });
        using var newOwner = await ada.PostAsJsonAsync(ApiRoutes.Users, new CreateUserRequest("eve.owner", "Eve", "eve@demo.local", "Owner!2026", ["owner"], []));
        using var composed = await ada.PostAsJsonAsync(ApiRoutes.Roles, new RoleRequest("account-keeper", "Account keeper", "", ["account.manage", "labels.use"]));
        using var cloned = await ada.PostAsJsonAsync($"{ApiRoutes.Roles}/owner/clone", new RoleRequest("owner-copy", "Owner copy", "", []));
        using var demote = await ada.PutAsJsonAsync($"{ApiRoutes.Users}/{OliviaId}/roles", new[] { "agent" });
        using var disable = await ada.PostAsync(new Uri($"{ApiRoutes.Users}/{OliviaId}/disable", UriKind.Relative), null);

        foreach (var refused in new[] { selfOwner, newOwner, composed, cloned, demote, disable })
        {
            Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
            Assert.Equal("owner-only", await CodeAsync(refused));
        }

        using var owner = await host.SignedInAsync("olivia.owner");
        var users = (await owner.GetFromJsonAsync<UserDto[]>(ApiRoutes.Users))!;
        Assert.Equal(["admin"], users.Single(u => u.Id == AdaId).Roles);
        var olivia = users.Single(u => u.Id == OliviaId);
        Assert.Equal(["owner"], olivia.Roles);
        Assert.False(olivia.Disabled);
        Assert.DoesNotContain(users, u => u.UserName == "eve.owner");
        Assert.DoesNotContain((await owner.GetFromJsonAsync<RoleDto[]>(ApiRoutes.Roles))!, r => r.Id is "account-keeper" or "owner-copy");
    }

    [Fact]
    public async Task An_admin_cannot_give_change_or_delete_a_custom_role_holding_owner_powers()
    {
        // The owner composes a co-owner role; the admin then tries to hand it out, narrow it and delete it.
        await using var host = await ServerHost.StartAsync();
        using var owner = await host.SignedInAsync("olivia.owner");
        using var ada = await host.SignedInAsync("ada.admin");
        (await owner.PostAsJsonAsync(ApiRoutes.Roles, new RoleRequest("co-owner", "Co-owner", "", ["account.manage", "settings.view"]))).EnsureSuccessStatusCode();

        using var give = await ada.PutAsJsonAsync($"{ApiRoutes.Users}/{AdaId}/roles", new[] { "admin", "co-owner" });
        using var narrow = await ada.PutAsJsonAsync($"{ApiRoutes.Roles}/co-owner", new RoleRequest("co-owner", "Co-owner", "", ["settings.view"]));
        using var delete = await ada.DeleteAsync(new Uri($"{ApiRoutes.Roles}/co-owner", UriKind.Relative));

        Assert.Equal((HttpStatusCode.Forbidden, HttpStatusCode.Forbidden, HttpStatusCode.Forbidden), (give.StatusCode, narrow.StatusCode, delete.StatusCode));
        var coOwner = (await owner.GetFromJsonAsync<RoleDto[]>(ApiRoutes.Roles))!.Single(r => r.Id == "co-owner");
        Assert.Contains("account.manage", coOwner.Permissions);
        Assert.DoesNotContain("account.manage", (await ada.GetFromJsonAsync<MyAccess>(ApiRoutes.Me))!.Permissions);
    }

    [Fact]
    public async Task The_last_owner_cannot_step_down_until_there_is_another()
    {
        // Tried: olivia, the only owner, makes herself admin; then she makes another owner and tries again.
        await using var host = await ServerHost.StartAsync();
        using var olivia = await host.SignedInAsync("olivia.owner");

        using var alone = await olivia.PutAsJsonAsync($"{ApiRoutes.Users}/{OliviaId}/roles", new[] { "admin" });
        Assert.Equal(HttpStatusCode.Conflict, alone.StatusCode);
        Assert.Equal("last-owner", await CodeAsync(alone));

        (await olivia.PostAsJsonAsync(ApiRoutes.Users, new CreateUserRequest("otto.owner", "Otto", "otto@demo.local", "Owner!2026", ["owner"], []))).EnsureSuccessStatusCode();
        using var withAnother = await olivia.PutAsJsonAsync($"{ApiRoutes.Users}/{OliviaId}/roles", new[] { "admin" });
        Assert.Equal(HttpStatusCode.NoContent, withAnother.StatusCode);
    }

    private static async Task<string?> CodeAsync(HttpResponseMessage response)
    {
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return problem.RootElement.TryGetProperty("code", out var code) ? code.GetString() : null;
    }
}
