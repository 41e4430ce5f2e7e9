using System.Net;
using System.Net.Http.Json;
using ContactCenter.Contracts;
using ContactCenter.Contracts.Access;
using ContactCenter.Domain.Audit;
using ContactCenter.Testing;
using Microsoft.AspNetCore.SignalR.Client;

namespace ContactCenter.Server.Tests.Access;

public sealed class AuditLogTests
{
    [Fact]
    public async Task Sign_ins_user_and_role_changes_settings_and_unmasked_reads_are_recorded_with_who_and_where()
    {
        await using var host = await ServerHost.StartAsync();
        using var failed = await host.Http.PostAsJsonAsync(ApiRoutes.Token, new SignInRequest("alex.agent", "wrong"));
        using var admin = await host.SignedInAsync("ada.admin");
        using var senior = await host.SignedInAsync("sasha.senior");
        var users = await admin.GetFromJsonAsync<UserDto[]>(ApiRoutes.Users);
        var jamie = users!.Single(u => u.UserName == "jamie.agent");

        (await admin.PutAsJsonAsync($"{ApiRoutes.Users}/{jamie.Id}/roles", new[] { "senior-agent" })).EnsureSuccessStatusCode();
        (await admin.PostAsync(new Uri($"{ApiRoutes.Users}/{jamie.Id}/disable", UriKind.Relative), null)).EnsureSuccessStatusCode();
        (await admin.PostAsJsonAsync(ApiRoutes.Roles, new RoleRequest("auditor", "Auditor", "", ["audit.view"]))).EnsureSuccessStatusCode();
        (await admin.PutAsJsonAsync($"{ApiRoutes.Labels}/vip", new { id = "vip", name = "VIP", color = "#ff0000" })).EnsureSuccessStatusCode();
        (await senior.GetAsync(new Uri($"{ApiRoutes.Customers}/0193b000-0000-7000-8000-000000000001", UriKind.Relative))).EnsureSuccessStatusCode();

        var log = (await admin.GetFromJsonAsync<AuditEntryDto[]>($"{ApiRoutes.Audit}?limit=500"))!;

        Assert.Contains(log, e => e.Action == AuditActions.SignInFailed && e.Target == "user:alex.agent" && e.From == "127.0.0.1");
        Assert.Contains(log, e => e.Action == AuditActions.SignInSucceeded && e.ActorName == "ada.admin");
        Assert.Contains(log, e => e.Action == AuditActions.UserRolesChanged && e.Target == "user:jamie.agent" && e.Details.Contains("to=senior-agent", StringComparison.Ordinal) && e.ActorName == "ada.admin");
        Assert.Contains(log, e => e.Action == AuditActions.UserDisabled && e.Target == "user:jamie.agent");
        Assert.Contains(log, e => e.Action == AuditActions.RoleCreated && e.Target == "role:auditor");
        Assert.Contains(log, e => e.Action == AuditActions.SettingsChanged && e.Target == "label:vip");
        Assert.Contains(log, e => e.Action == AuditActions.CustomerPiiRead && e.ActorName == "sasha.senior" && e.Target == "customer:0193b000-0000-7000-8000-000000000001");
        Assert.DoesNotContain(log, e => e.Details.Contains("maria.garcia@example.com", StringComparison.Ordinal));
    }

    [Fact]
    public async Task An_unmasked_read_through_the_hub_is_recorded_too_and_a_masked_one_is_not()
    {
        await using var host = await ServerHost.StartAsync();
        var amara = new Guid("0193b000-0000-7000-8000-000000000003");
        await using (var senior = await host.AgentHubAsync(await host.TokenAsync("sasha.senior")))
        {
            await senior.InvokeAsync<object>("GetCustomer", amara);
        }

        await using (var agent = await host.AgentHubAsync(await host.TokenAsync("alex.agent")))
        {
            await agent.InvokeAsync<object>("GetCustomer", amara);
        }

        using var admin = await host.SignedInAsync("ada.admin");
        var reads = (await admin.GetFromJsonAsync<AuditEntryDto[]>($"{ApiRoutes.Audit}?action={AuditActions.CustomerPiiRead}"))!;
        var read = Assert.Single(reads);
        Assert.Equal("sasha.senior", read.ActorName);
        Assert.Equal($"customer:{amara}", read.Target);
    }

    [Fact]
    public async Task Admins_filter_by_action_and_actor_newest_first()
    {
        await using var host = await ServerHost.StartAsync();
        using var admin = await host.SignedInAsync("ada.admin");
        await host.TokenAsync("alex.agent");
        await host.TokenAsync("sasha.senior");

        var signIns = (await admin.GetFromJsonAsync<AuditEntryDto[]>($"{ApiRoutes.Audit}?action={AuditActions.SignInSucceeded}"))!;
        var byAlex = (await admin.GetFromJsonAsync<AuditEntryDto[]>($"{ApiRoutes.Audit}?actor=alex.agent"))!;

        Assert.Equal(["sasha.senior", "alex.agent", "ada.admin"], signIns.Select(e => e.ActorName));
        Assert.NotEmpty(byAlex);
        Assert.All(byAlex, e => Assert.Equal("alex.agent", e.ActorName));
    }

    [Theory]
    [InlineData("PUT")]
    [InlineData("PATCH")]
    [InlineData("DELETE")]
    [InlineData("POST")]
    public async Task No_endpoint_changes_or_deletes_the_audit_log(string method)
    {
        // Tried: the owner, who may do the most, sends every changing method at the log and at an entry.
        await using var host = await ServerHost.StartAsync();
        using var owner = await host.SignedInAsync("olivia.owner");
        var entry = (await owner.GetFromJsonAsync<AuditEntryDto[]>(ApiRoutes.Audit))!.First();

        foreach (var path in new[] { ApiRoutes.Audit, $"{ApiRoutes.Audit}/{entry.Id}" })
        {
            using var request = new HttpRequestMessage(new HttpMethod(method), new Uri(path, UriKind.Relative)) { Content = JsonContent.Create(new { action = "forged" }) };
            using var response = await owner.SendAsync(request);
            Assert.True(response.StatusCode is HttpStatusCode.MethodNotAllowed or HttpStatusCode.NotFound, $"{method} {path} answered {(int)response.StatusCode}");
        }

        var after = (await owner.GetFromJsonAsync<AuditEntryDto[]>(ApiRoutes.Audit))!;
        Assert.Contains(after, e => e.Id == entry.Id && e.Action == entry.Action);
        Assert.DoesNotContain(after, e => e.Action == "forged");
    }
}
