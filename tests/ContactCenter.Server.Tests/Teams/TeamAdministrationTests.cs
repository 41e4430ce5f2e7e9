using System.Net;
using System.Net.Http.Json;
using ContactCenter.Contracts;
using ContactCenter.Contracts.Access;
using ContactCenter.Domain.Audit;
using ContactCenter.Domain.Queues;
using ContactCenter.Testing;

namespace ContactCenter.Server.Tests.Teams;

/// <summary>Teams through the REST API: who may see and change them, what is refused, and the audit log.</summary>
public sealed class TeamAdministrationTests
{
    [Fact]
    public async Task Supervisors_list_teams_admins_change_them_and_every_change_is_audited()
    {
        await using var host = await ServerHost.StartAsync();
        using var admin = await host.SignedInAsync("ada.admin");
        using var supervisor = await host.SignedInAsync("sam.supervisor");
        var users = (await admin.GetFromJsonAsync<UserDto[]>(ApiRoutes.Users))!;
        var jamie = users.Single(u => u.UserName == "jamie.agent").Id;
        var alex = users.Single(u => u.UserName == "alex.agent").Id;

        using var created = await admin.PostAsJsonAsync(ApiRoutes.Teams, new TeamRequest("night-shift", "Night shift", [jamie]));
        using var refused = await supervisor.PostAsJsonAsync(ApiRoutes.Teams, new TeamRequest("day-shift", "Day shift", []));
        using var changed = await admin.PutAsJsonAsync($"{ApiRoutes.Teams}/night-shift", new TeamRequest("ignored", "Nights", [jamie, alex]));
        var listed = await supervisor.GetFromJsonAsync<TeamDto[]>(ApiRoutes.Teams);
        using var deleted = await admin.DeleteAsync(new Uri($"{ApiRoutes.Teams}/night-shift", UriKind.Relative));

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.Equal(HttpStatusCode.OK, changed.StatusCode);
        var team = Assert.Single(listed!);
        Assert.Equal(("night-shift", "Nights"), (team.Id, team.Name));
        Assert.Equal([jamie, alex], team.MemberIds);
        Assert.Equal(HttpStatusCode.NoContent, deleted.StatusCode);
        Assert.Empty((await supervisor.GetFromJsonAsync<TeamDto[]>(ApiRoutes.Teams))!);
        var log = (await admin.GetFromJsonAsync<AuditEntryDto[]>($"{ApiRoutes.Audit}?limit=500"))!;
        Assert.Contains(log, e => e.Action == AuditActions.TeamCreated && e.Target == "team:night-shift" && e.Details.Contains("members=jamie.agent", StringComparison.Ordinal) && e.ActorName == "ada.admin");
        Assert.Contains(log, e => e.Action == AuditActions.TeamChanged && e.Target == "team:night-shift" && e.Details.Contains("members=alex.agent,jamie.agent", StringComparison.Ordinal));
        Assert.Contains(log, e => e.Action == AuditActions.TeamDeleted && e.Target == "team:night-shift");
    }

    [Fact]
    public async Task Bad_team_input_is_refused_and_says_what_is_wrong()
    {
        // Tried: an unknown user, an invalid id, a taken id, changing a team that does not exist, a queue
        // listing a team that does not exist, and deleting a team a queue still lists.
        await using var host = await ServerHost.StartAsync();
        using var admin = await host.SignedInAsync("ada.admin");
        var ghost = Guid.CreateVersion7();
        (await admin.PostAsJsonAsync(ApiRoutes.Teams, new TeamRequest("billing", "Billing", []))).EnsureSuccessStatusCode();

        using var unknownUser = await admin.PostAsJsonAsync(ApiRoutes.Teams, new TeamRequest("ghosts", "Ghosts", [ghost]));
        using var invalidId = await admin.PostAsJsonAsync(ApiRoutes.Teams, new TeamRequest("Night Shift", "Night shift", []));
        using var taken = await admin.PostAsJsonAsync(ApiRoutes.Teams, new TeamRequest("billing", "Billing again", []));
        using var missing = await admin.PutAsJsonAsync($"{ApiRoutes.Teams}/nobody", new TeamRequest("nobody", "Nobody", []));
        using var unknownTeam = await admin.PutAsJsonAsync("/api/settings/queues/sales", SalesListing("no-such-team"));
        (await admin.PutAsJsonAsync("/api/settings/queues/sales", SalesListing("billing"))).EnsureSuccessStatusCode();
        using var inUse = await admin.DeleteAsync(new Uri($"{ApiRoutes.Teams}/billing", UriKind.Relative));

        Assert.Equal(HttpStatusCode.BadRequest, unknownUser.StatusCode);
        Assert.Contains($"User {ghost} does not exist", await unknownUser.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, invalidId.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, taken.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, unknownTeam.StatusCode);
        Assert.Contains("Team 'no-such-team' does not exist", await unknownTeam.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Conflict, inUse.StatusCode);
        Assert.Contains("team-in-use", await inUse.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(["billing"], (await admin.GetFromJsonAsync<TeamDto[]>(ApiRoutes.Teams))!.Select(t => t.Id));
    }

    internal static Queue SalesListing(params string[] teams) =>
        new() { Id = "sales", Name = "Sales", ChannelId = "web-chat", MemberTeamIds = teams };
}
