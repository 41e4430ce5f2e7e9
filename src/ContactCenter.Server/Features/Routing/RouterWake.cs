using ContactCenter.Server.Persistence;
using Npgsql;

namespace ContactCenter.Server.Features.Routing;

/// <summary>Wakes the routing leader, on whichever node it runs, after a commit that may allow an offer.</summary>
public sealed partial class RouterWake(NpgsqlDataSource dataSource, DatabaseConnection database, ILogger<RouterWake> logger)
{
    public async Task WakeAsync(CancellationToken cancellationToken)
    {
        try
        {
            await RouterWakeups.WakeAsync(dataSource, database.Schema, cancellationToken);
        }
        catch (NpgsqlException e)
        {
            // The leader also routes on its own tick: a lost wake-up only delays an offer.
            LogWakeFailed(logger, e);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not wake the router; it will route on its next tick")]
    private static partial void LogWakeFailed(ILogger logger, Exception exception);
}
