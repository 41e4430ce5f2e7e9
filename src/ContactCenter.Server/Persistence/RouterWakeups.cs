using Npgsql;

namespace ContactCenter.Server.Persistence;

/// <summary>
/// The leader's wake-up line: a dedicated connection (never pooled, so its LISTEN stays put) that
/// hears a NOTIFY whenever any node commits work for the router. Leadership itself is the lease
/// (<see cref="RouterLease"/>); this only saves the leader from waiting for its tick.
/// </summary>
public sealed class RouterWakeups : IAsyncDisposable
{
    private readonly NpgsqlConnection _connection;
    private int _woken;

    private RouterWakeups(NpgsqlConnection connection)
    {
        _connection = connection;
        _connection.Notification += (_, _) => Interlocked.Exchange(ref _woken, 1);
    }

    public static async Task<RouterWakeups> ListenAsync(DatabaseConnection database, CancellationToken cancellationToken)
    {
        var dedicated = new NpgsqlConnectionStringBuilder(database.ConnectionString)
        {
            Pooling = false,
            KeepAlive = 2,
            ApplicationName = "contactcenter-router",
        };
        var connection = new NpgsqlConnection(dedicated.ConnectionString);
        try
        {
            await connection.OpenAsync(cancellationToken);
            await using var listen = new NpgsqlCommand($"listen {WakeChannel(database.Schema)}", connection);
            await listen.ExecuteNonQueryAsync(cancellationToken);
            return new RouterWakeups(connection);
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }

    /// <summary>Waits until woken by a NOTIFY or until <paramref name="timeout"/>; throws if the connection is lost.</summary>
    public async Task WaitForWorkAsync(TimeSpan timeout, CancellationToken cancellationToken)
    {
        if (Interlocked.Exchange(ref _woken, 0) == 1)
        {
            return;
        }

        await _connection.WaitAsync(timeout, cancellationToken);
        Interlocked.Exchange(ref _woken, 0);
    }

    public ValueTask DisposeAsync() => _connection.DisposeAsync();

    /// <summary>Wakes the leader, wherever it runs; cheap enough to send after every relevant commit.</summary>
    public static async Task WakeAsync(NpgsqlDataSource dataSource, string schema, CancellationToken cancellationToken)
    {
        await using var notify = dataSource.CreateCommand($"notify {WakeChannel(schema)}");
        await notify.ExecuteNonQueryAsync(cancellationToken);
    }

    // Deployments (or test hosts) sharing a database by schema stay apart: the channel derives from
    // the schema (an identifier, so safe here).
    private static string WakeChannel(string schema) => $"router_{schema}";
}
