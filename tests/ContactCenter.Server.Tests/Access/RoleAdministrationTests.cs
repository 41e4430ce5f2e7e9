using System.Net;
using System.Net.Http.Json;
using ContactCenter.Contracts;
using ContactCenter.Contracts.Access;
using ContactCenter.Testing;

namespace ContactCenter.Server.Tests.Access;

public sealed class RoleAdministrationTests
{
    [Fact]
    public async Task A_custom_role_grants_exactly_its_permissions()
    {
        await using var host = await ServerHost.StartAsync();
        using var admin = await host.SignedInAsync("ada.admin");
        (await admin.PostAsJsonAsync(ApiRoutes.Roles, new RoleRequest("label-keeper", "Label keeper", "", ["labels.use", "labels.manage"]))).EnsureSuccessStatusCode();
        (await admin.PostAsJsonAsync(ApiRoutes.Users, new CreateUserRequest("lena.labels", "Lena", "lena@demo.local", "Labels!2026", ["label-keeper"], []))).EnsureSuccessStatusCode();

        using var lena = await host.SignedInAsync("lena.labels", "Labels!2026");
        var me = await lena.GetFromJsonAsync<MyAccess>(ApiRoutes.Me);
        using var editLabel = await lena.PutAsJsonAsync($"{ApiRoutes.Labels}/vip", new { id = "vip", name = "Very important", color = "#fb8c00" });
        using var readAudit = await lena.GetAsync(new Uri(ApiRoutes.Audit, UriKind.Relative));
        using var readHistory = await lena.GetAsync(new Uri($"{ApiRoutes.Customers}/0193b000-0000-7000-8000-000000000001/conversations", UriKind.Relative));

        Assert.Equal(["labels.manage", "labels.use"], me!.Permissions);
        Assert.Equal(HttpStatusCode.OK, editLabel.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, readAudit.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, readHistory.StatusCode);
    }

    [Fact]
    public async Task Built_in_roles_cannot_be_changed_or_deleted()
    {
        await using var host = await ServerHost.StartAsync();
        using var owner = await host.SignedInAsync("olivia.owner");

        using var weaken = await owner.PutAsJsonAsync($"{ApiRoutes.Roles}/agent", new RoleRequest("agent", "Agent", "", ["labels.use"]));
        using var delete = await owner.DeleteAsync(new Uri($"{ApiRoutes.Roles}/supervisor", UriKind.Relative));

        Assert.Equal(HttpStatusCode.Forbidden, weaken.StatusCode);
        Assert.Contains("clone it", await weaken.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, delete.StatusCode);
        var agent = (await owner.GetFromJsonAsync<RoleDto[]>(ApiRoutes.Roles))!.Single(r => r.Id == "agent");
        Assert.Contains("conversations.reply", agent.Permissions);
    }

    [Fact]
    public async Task A_role_still_held_cannot_be_deleted_until_its_users_are_reassigned()
    {
        await using var host = await ServerHost.StartAsync();
        using var admin = await host.SignedInAsync("ada.admin");
        (await admin.PostAsJsonAsync($"{ApiRoutes.Roles}/supervisor/clone", new RoleRequest("night-lead", "Night lead", "Supervises the night shift", []))).EnsureSuccessStatusCode();
        using var created = await admin.PostAsJsonAsync(ApiRoutes.Users, new CreateUserRequest("nico.night", "Nico", "nico@demo.local", "Night!2026", ["night-lead"], []));
        var nico = (await created.Content.ReadFromJsonAsync<UserDto>())!;

        using var refused = await admin.DeleteAsync(new Uri($"{ApiRoutes.Roles}/night-lead", UriKind.Relative));
        (await admin.PutAsJsonAsync($"{ApiRoutes.Users}/{nico.Id}/roles", new[] { "supervisor" })).EnsureSuccessStatusCode();
        using var deleted = await admin.DeleteAsync(new Uri($"{ApiRoutes.Roles}/night-lead", UriKind.Relative));

        Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
        Assert.Contains("nico.night", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NoContent, deleted.StatusCode);
    }

    [Fact]
    public async Task A_role_naming_an_unknown_permission_is_refused_with_the_name()
    {
        await using var host = await ServerHost.StartAsync();
        using var admin = await host.SignedInAsync("ada.admin");

        using var response = await admin.PostAsJsonAsync(ApiRoutes.Roles, new RoleRequest("typo", "Typo", "", ["labels.usee"]));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("labels.usee", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}
