using System.Net;
using System.Net.Http.Json;
using ContactCenter.Contracts;
using ContactCenter.Contracts.Access;
using ContactCenter.Contracts.Analytics;
using ContactCenter.Server.Tests.Scenes;
using ContactCenter.Testing;
using ContactCenter.Testing.Scenes;
using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.Extensions.Options;

namespace ContactCenter.Server.Tests.Analytics;

[Collection(ChatScenes.Name)]
public sealed class AnalyticsRefusalTests(SharedServerFixture fixture)
{
    [Fact]
    public async Task A_period_that_does_not_exist_is_a_clear_error_on_the_hub_and_the_api()
    {
        var scene = await fixture.NewSceneAsync();
        var host = scene.Host;
        await using var hub = await host.AgentHubAsync(await scene.TokenAsync("jamie.agent"));
        using var api = await scene.SignedInAsync("jamie.agent");

        var onHub = await Assert.ThrowsAsync<HubException>(() => hub.InvokeAsync<MyAnalyticsDto>("GetMyAnalytics", "week"));
        using var badPeriod = await api.GetAsync(new Uri($"{ApiRoutes.MyAnalytics}?period=yesterday", UriKind.Relative));
        using var noPeriod = await api.GetAsync(new Uri(ApiRoutes.MyAnalytics, UriKind.Relative));

        Assert.Contains("HubException: invalid-period: 'week' is not a period. Choose a period among today, 7d, 30d.", onHub.Message, StringComparison.Ordinal);
        Assert.Equal((HttpStatusCode.BadRequest, HttpStatusCode.BadRequest), (badPeriod.StatusCode, noPeriod.StatusCode));
        var problem = await badPeriod.Content.ReadFromJsonAsync<Dictionary<string, object>>();
        Assert.Equal("invalid-period", problem!["code"].ToString());
    }

    [Fact]
    public async Task Without_the_personal_analytics_permission_the_figures_are_refused()
    {
        var scene = await fixture.NewSceneAsync();
        var host = scene.Host;
        using var admin = await scene.SignedInAsync("ada.admin");
        var (labeller, leoLabels) = ($"labeller-{scene.Tag}", $"leo.labels.{scene.Tag}");
        (await admin.PostAsJsonAsync(ApiRoutes.Roles, new RoleRequest(labeller, "Labeller", "", ["labels.use"]))).EnsureSuccessStatusCode();
        (await admin.PostAsJsonAsync(ApiRoutes.Users, new CreateUserRequest(leoLabels, "Leo", "leo@demo.local", "Labels!2026", [labeller], []))).EnsureSuccessStatusCode();
        using var leo = await host.SignedInAsync(leoLabels, "Labels!2026");
        await using var hub = await host.AgentHubAsync(await host.TokenAsync(leoLabels, "Labels!2026"));

        using var onApi = await leo.GetAsync(new Uri($"{ApiRoutes.MyAnalytics}?period=today", UriKind.Relative));
        var onHub = await Assert.ThrowsAsync<HubException>(() => hub.InvokeAsync<MyAnalyticsDto>("GetMyAnalytics", "today"));

        Assert.Equal(HttpStatusCode.Forbidden, onApi.StatusCode);
        Assert.Contains("permission-denied", onHub.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_time_zone_that_does_not_exist_stops_the_start()
    {
        var settings = await ServerHost.DefaultSettingsAsync();
        settings["ContactCenter:TimeZone"] = "Mars/Olympus_Mons";
        await using var app = await ServerHost.BuildAsync(settings);

        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => app.StartAsync());

        Assert.Contains("ContactCenter:TimeZone must be an IANA time zone id", error.Message, StringComparison.Ordinal);
    }
}
