namespace ContactCenter.Server.Hosting.Database;

/// <summary>
/// Stops the embedded cluster when the host stops. Registered before Marten, so it stops after
/// everything that uses the database (hosted services stop in reverse order).
/// </summary>
internal sealed partial class EmbeddedPostgresLifetime(EmbeddedPostgres cluster, ILogger<EmbeddedPostgresLifetime> logger) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        LogListening(logger, cluster.Port);
        return Task.CompletedTask;
    }

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        await cluster.StopAsync();
        LogStopped(logger);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Embedded PostgreSQL is listening on 127.0.0.1:{Port}")]
    private static partial void LogListening(ILogger logger, int port);

    [LoggerMessage(Level = LogLevel.Information, Message = "Embedded PostgreSQL stopped")]
    private static partial void LogStopped(ILogger logger);
}
