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
    public async Task Ready_fails_when_the_configured_redis_is_down_and_recovers_when_it_is_back()
    {
        // Tried: Redis configured and running, then stopped, as a backplane outage would look.
        var redis = await TestRedis.StartAsync();
        await using var host = await ServerHost.StartAsync(s => s["ConnectionStrings:Redis"] = redis.ConnectionString);
        Assert.True(await host.Api.IsReadyAsync());

        await redis.DisposeAsync();

        using var response = await host.Http.GetAsync(new Uri(ApiRoutes.HealthReady, UriKind.Relative));
        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        using var report = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var checks = report.RootElement.GetProperty("checks");
        Assert.Equal("Unhealthy", checks.GetProperty("redis").GetProperty("status").GetString());
        Assert.Equal("Healthy", checks.GetProperty("postgres").GetProperty("status").GetString());
    }
}
