using System.Collections.Concurrent;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using StackExchange.Redis;

namespace ContactCenter.Server.Realtime;

/// <summary>
/// The backplane's own Redis connections (one per hub's lifetime manager, opened through
/// <see cref="RedisBackplane"/>'s factory), so /health/ready reports the connection that carries
/// messages between nodes rather than a separate probe of Redis (docs/realtime.md, rule 8).
/// </summary>
public sealed class BackplaneConnections
{
    private readonly ConcurrentQueue<IConnectionMultiplexer> _connections = new();

    /// <summary>False while any of them is down (or none was opened yet).</summary>
    public bool AllConnected => !_connections.IsEmpty && _connections.All(c => c.IsConnected);

    /// <summary>True before the first hub has opened its connection: nothing depends on it yet.</summary>
    public bool NoneOpened => _connections.IsEmpty;

    internal void Track(IConnectionMultiplexer connection) => _connections.Enqueue(connection);
}

/// <summary>Failing (as registered: degraded) while the backplane is disconnected: pushes to clients on other nodes are lost until they resume by version.</summary>
internal sealed class BackplaneHealthCheck(BackplaneConnections connections) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        Task.FromResult(connections.NoneOpened || connections.AllConnected
            ? HealthCheckResult.Healthy()
            : new HealthCheckResult(context.Registration.FailureStatus, "The Redis backplane is disconnected; clients on other nodes catch up by version once it is back."));
}
