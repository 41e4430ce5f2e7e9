using ContactCenter.Contracts;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;

namespace ContactCenter.Server.Hosting.Draining;

/// <summary>
/// A stopping node stops taking work first: readiness fails at once (load balancers move new traffic
/// away) and new hub connections get 503, so clients whose connections the stop closed reconnect to
/// another node (or wait) instead of straight back to this one, which used to keep the process
/// waiting out the whole shutdown timeout. The drain itself is bounded by <see cref="DrainOptions.Timeout"/>.
/// </summary>
public static class NodeDraining
{
    public const string HealthCheckName = "accepting";

    public static IServiceCollection AddNodeDraining(this IServiceCollection services)
    {
        services.AddOptions<DrainOptions>().BindConfiguration(DrainOptions.Section)
            .Validate(o => o.Timeout > TimeSpan.Zero && o.Timeout <= TimeSpan.FromSeconds(60), "ContactCenter:Drain:Timeout must be positive and at most a minute.")
            .ValidateOnStart();
        services.AddOptions<HostOptions>().Configure<IOptions<DrainOptions>>((host, drain) => host.ShutdownTimeout = drain.Value.Timeout);
        return services;
    }

    /// <summary>Refuses new hub connections (negotiate and transports alike) once the node is stopping.</summary>
    public static IApplicationBuilder UseNodeDraining(this IApplicationBuilder app)
    {
        var stopping = app.ApplicationServices.GetRequiredService<IHostApplicationLifetime>().ApplicationStopping;
        return app.Use(async (context, next) =>
        {
            // The token's own flag, not a callback: it is set before any stopping callback runs.
            if (stopping.IsCancellationRequested && IsHub(context.Request.Path))
            {
                context.Response.Headers.RetryAfter = "1";
                context.Response.Headers.Connection = "close";
                await Results.Problem(
                    title: "This node is stopping", detail: "Connect again; another node (or this one, restarted) will take the connection.",
                    statusCode: StatusCodes.Status503ServiceUnavailable).ExecuteAsync(context);
                return;
            }

            await next(context);
        });
    }

    private static bool IsHub(PathString path) => path.StartsWithSegments(ApiRoutes.AgentHub) || path.StartsWithSegments(ApiRoutes.CustomerHub);
}

/// <summary>Readiness fails from the moment the node begins to stop.</summary>
internal sealed class AcceptingHealthCheck(IHostApplicationLifetime lifetime) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        Task.FromResult(lifetime.ApplicationStopping.IsCancellationRequested
            ? HealthCheckResult.Unhealthy("This node is stopping.")
            : HealthCheckResult.Healthy());
}
