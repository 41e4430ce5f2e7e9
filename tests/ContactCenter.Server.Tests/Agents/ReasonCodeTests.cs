using System.Net;
using System.Net.Http.Json;
using ContactCenter.Contracts;
using ContactCenter.Contracts.Agents;
using ContactCenter.Domain.Agents;
using ContactCenter.Testing;
using Microsoft.AspNetCore.SignalR.Client;

namespace ContactCenter.Server.Tests.Agents;

public sealed class ReasonCodeTests
{
    private const string Route = "/api/settings/reason-codes";

    [Fact]
    public async Task An_admin_adds_a_reason_agents_can_then_choose_and_system_reasons_stay_fixed()
    {
        await using var host = await ServerHost.StartAsync();
        using var admin = await host.SignedInAsync("ada.admin");
        using var supervisor = await host.SignedInAsync("sam.supervisor");

        using var added = await admin.PutAsJsonAsync($"{Route}/coaching", new ReasonCode { Id = "coaching", Name = "Coaching" });
        using var bySupervisor = await supervisor.PutAsJsonAsync($"{Route}/nap", new ReasonCode { Id = "nap", Name = "Nap" });
        using var system = await admin.DeleteAsync(new Uri($"{Route}/{ReasonCode.MissedOfferId}", UriKind.Relative));
        await using var agent = await ChatClients.ConnectAsync(host, ApiRoutes.AgentHub, await host.TokenAsync("alex.agent"));
        var reasons = await agent.InvokeAsync<ReasonCode[]>("GetReasonCodes");
        var chosen = await agent.InvokeAsync<AgentPresenceDto>("ChooseState", "NotReady", "coaching");

        Assert.Equal(HttpStatusCode.OK, added.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, bySupervisor.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, system.StatusCode);
        Assert.Contains(reasons, r => r.Id == "coaching");
        Assert.DoesNotContain(reasons, r => r.IsSystem);
        Assert.Equal("coaching", chosen.ReasonCodeId);
    }
}
