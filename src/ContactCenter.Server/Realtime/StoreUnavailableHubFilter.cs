using System.Net.Sockets;
using Microsoft.AspNetCore.SignalR;
using Npgsql;

namespace ContactCenter.Server.Realtime;

/// <summary>
/// While PostgreSQL cannot be reached (restarting, failing over, network gone), a hub call answers
/// the stable code "unavailable" instead of SignalR's anonymous "An unexpected error occurred", so the
/// widget and the desk can say so and send again: every command carries an idempotency key, so a
/// retry is harmless even when the first try's outcome is unknown. Never a silent drop.
/// </summary>
internal sealed partial class StoreUnavailableHubFilter(ILogger<StoreUnavailableHubFilter> logger) : IHubFilter
{
    public const string Code = "unavailable";

    public async ValueTask<object?> InvokeMethodAsync(HubInvocationContext invocationContext, Func<HubInvocationContext, ValueTask<object?>> next)
    {
        try
        {
            return await next(invocationContext);
        }
        catch (Exception e) when (IsStoreAway(e))
        {
            LogStoreAway(logger, invocationContext.HubMethodName, e);
            throw new HubException($"{Code}: The database cannot be reached right now, so this may not have been saved. Send it again in a moment; a retry never doubles it.");
        }
    }

    // Marten and Npgsql wrap the cause; a connection that cannot be opened or broke mid-command is "away".
    private static bool IsStoreAway(Exception e)
    {
        for (Exception? cause = e; cause is not null; cause = cause.InnerException)
        {
            if (cause is NpgsqlException { IsTransient: true } or SocketException
                || (cause is NpgsqlException && cause.InnerException is SocketException or IOException or TimeoutException)
                || cause is PostgresException { SqlState: PostgresErrorCodes.AdminShutdown or PostgresErrorCodes.CannotConnectNow or PostgresErrorCodes.CrashShutdown })
            {
                return true;
            }
        }

        return false;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Hub call {Method} failed: the database is not reachable")]
    private static partial void LogStoreAway(ILogger logger, string method, Exception exception);
}
