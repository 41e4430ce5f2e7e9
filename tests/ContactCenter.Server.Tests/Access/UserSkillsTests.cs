using System.Net;
using System.Net.Http.Json;
using ContactCenter.Contracts;
using ContactCenter.Contracts.Access;
using ContactCenter.Testing;

namespace ContactCenter.Server.Tests.Access;

public sealed class UserSkillsTests
{
    [Fact]
    public async Task The_users_list_shows_each_agents_skills_as_an_admin_set_them()
    {
        // Tried: skills with spaces, capitals, a blank one and a repeat; the list shows them cleaned.
        await using var host = await ServerHost.StartAsync();
        using var admin = await host.SignedInAsync("ada.admin");
        using var supervisor = await host.SignedInAsync("sam.supervisor");
        var sasha = (await admin.GetFromJsonAsync<UserDto[]>(ApiRoutes.Users))!.Single(u => u.UserName == "sasha.senior");
        Assert.Empty(sasha.Skills);

        using var set = await admin.PutAsJsonAsync($"{ApiRoutes.Users}/{sasha.Id}/skills", new[] { " German", "billing", "", "BILLING" });
        using var refused = await supervisor.PutAsJsonAsync($"{ApiRoutes.Users}/{sasha.Id}/skills", new[] { "french" });
        var listed = (await supervisor.GetFromJsonAsync<UserDto[]>(ApiRoutes.Users))!;

        Assert.Equal(HttpStatusCode.NoContent, set.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.Equal(["billing", "german"], listed.Single(u => u.Id == sasha.Id).Skills);
        Assert.All(listed.Where(u => u.Id != sasha.Id), u => Assert.Empty(u.Skills));
    }
}
