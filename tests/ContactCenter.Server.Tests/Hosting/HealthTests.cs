using System.Net;
using System.Text.Json;
using ContactCenter.Contracts;
using ContactCenter.Testing;

namespace ContactCenter.Server.Tests.Hosting;

[Collection(SeededServerCollection.Name)]
public sealed class HealthTests(SeededServerFixture fixture)
{
    [Fact]
    public async Task Server_started_against_the_private_cluster_is_ready()
    {
        Assert.True(await fixture.Host.Api.IsReadyAsync());

        using var report = JsonDocument.Parse(await fixture.Host.Http.GetStringAsync(ApiRoutes.HealthReady));
        Assert.Equal("Healthy", report.RootElement.GetProperty("checks").GetProperty("postgres").GetProperty("status").GetString());
    }

    [Fact]
    public async Task Liveness_answers_without_touching_dependencies()
    {
        using var response = await fixture.Host.Http.GetAsync(new Uri(ApiRoutes.HealthLive, UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Ready_says_degraded_but_keeps_the_node_in_rotation_when_the_configured_redis_is_down()
    {
        // Tried: Redis configured and running, then stopped, as a backplane outage would look. The
        // node still serves its own clients, so a load balancer must not take it (and every other
        // node, which sees the same outage) out of rotation.
        var redis = await TestRedis.StartAsync();
        await using var host = await ServerHost.StartAsync(s => s["ConnectionStrings:Redis"] = redis.ConnectionString);
        Assert.True(await host.Api.IsReadyAsync());

        await redis.DisposeAsync();

        using var response = await host.Http.GetAsync(new Uri(ApiRoutes.HealthReady, UriKind.Relative));
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{response.StatusCode}: {body}");
        using var report = JsonDocument.Parse(body);
        Assert.Equal("Degraded", report.RootElement.GetProperty("status").GetString());
        var checks = report.RootElement.GetProperty("checks");
        Assert.Equal("Degraded", checks.GetProperty("redis").GetProperty("status").GetString());
        Assert.Equal("Healthy", checks.GetProperty("postgres").GetProperty("status").GetString());
    }
}
