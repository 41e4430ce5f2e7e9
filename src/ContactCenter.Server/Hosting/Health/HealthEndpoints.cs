using System.Text.Json;
using ContactCenter.Contracts;
using ContactCenter.Server.Hosting.Draining;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace ContactCenter.Server.Hosting.Health;

/// <summary>/health/live for the process, /health/ready for its dependencies (load balancers route on this).</summary>
public static class HealthEndpoints
{
    private const string ReadyTag = "ready";

    public static IServiceCollection AddContactCenterHealth(this IServiceCollection services, string? redisConnectionString)
    {
        var checks = services.AddHealthChecks()
            .AddCheck<PostgresHealthCheck>("postgres", tags: [ReadyTag], timeout: TimeSpan.FromSeconds(5))
            .AddCheck<AcceptingHealthCheck>(NodeDraining.HealthCheckName, tags: [ReadyTag]);
        if (!string.IsNullOrWhiteSpace(redisConnectionString))
        {
            // Degraded, not unhealthy: without Redis a node still serves its own clients (pushes to
            // other nodes' clients wait for their resume), so a load balancer must keep every node
            // in rotation rather than take them all out at once. The report says what is degraded.
            checks.AddRedis(redisConnectionString, "redis", HealthStatus.Degraded, tags: [ReadyTag], timeout: TimeSpan.FromSeconds(5))
                .AddCheck<Realtime.BackplaneHealthCheck>("backplane", HealthStatus.Degraded, tags: [ReadyTag]);
        }

        return services;
    }

    public static IEndpointRouteBuilder MapContactCenterHealth(this IEndpointRouteBuilder app)
    {
        app.MapHealthChecks(ApiRoutes.HealthLive, new HealthCheckOptions { Predicate = _ => false });
        app.MapHealthChecks(ApiRoutes.HealthReady, new HealthCheckOptions
        {
            Predicate = check => check.Tags.Contains(ReadyTag),
            ResponseWriter = WriteReportAsync,
        });
        return app;
    }

    // Names and states only: exception texts may carry connection details.
    private static Task WriteReportAsync(HttpContext context, HealthReport report)
    {
        context.Response.ContentType = "application/json";
        var body = new
        {
            status = report.Status.ToString(),
            checks = report.Entries.ToDictionary(e => e.Key, e => new { status = e.Value.Status.ToString(), e.Value.Description }),
        };
        return context.Response.WriteAsync(JsonSerializer.Serialize(body, JsonSerializerOptions.Web));
    }
}
