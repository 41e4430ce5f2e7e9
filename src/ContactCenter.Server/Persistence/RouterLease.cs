using Npgsql;

namespace ContactCenter.Server.Persistence;

/// <summary>
/// Leadership of the router across nodes: a PostgreSQL advisory lock held on a dedicated
/// connection that never returns to a pool (a pool's reset would release it). The holder is not
/// told when the lock is lost, so it checks its connection on every wait and steps down on any
/// error; TCP keepalives free a dead leader's lock within seconds. The same connection LISTENs,
/// so the leader wakes when any node commits work for it.
/// </summary>
public sealed class RouterLease : IAsyncDisposable
{

    private readonly NpgsqlConnection _connection;
    private int _woken;

    private RouterLease(NpgsqlConnection connection)
    {
        _connection = connection;
        _connection.Notification += (_, _) => Interlocked.Exchange(ref _woken, 1);
    }

    /// <summary>Takes the lock if no other node holds it; null when another node leads.</summary>
    public static async Task<RouterLease?> TryAcquireAsync(DatabaseConnection database, CancellationToken cancellationToken)
    {
        var dedicated = new NpgsqlConnectionStringBuilder(database.ConnectionString)
        {
            Pooling = false,
            KeepAlive = 2,
            TcpKeepAlive = true,
            TcpKeepAliveTime = 5,
            TcpKeepAliveInterval = 1,
            ApplicationName = "contactcenter-router",
        };
        var connection = new NpgsqlConnection(dedicated.ConnectionString);
        try
        {
            await connection.OpenAsync(cancellationToken);
            await using var take = new NpgsqlCommand($"select pg_try_advisory_lock({LockKey(database.Schema)})", connection);
            if (await take.ExecuteScalarAsync(cancellationToken) is true)
            {
                await using var listen = new NpgsqlCommand($"listen {WakeChannel(database.Schema)}", connection);
                await listen.ExecuteNonQueryAsync(cancellationToken);
                return new RouterLease(connection);
            }
        }
        catch (NpgsqlException)
        {
            // The database is away: no one can lead through us now; try again later.
        }

        await connection.DisposeAsync();
        return null;
    }

    /// <summary>
    /// Waits until woken by a NOTIFY or until <paramref name="timeout"/>; throws if the connection
    /// (and so the lock) is lost, which is the leader's signal to step down.
    /// </summary>
    public async Task WaitForWorkAsync(TimeSpan timeout, CancellationToken cancellationToken)
    {
        if (Interlocked.Exchange(ref _woken, 0) == 1)
        {
            return;
        }

        await _connection.WaitAsync(timeout, cancellationToken);
        Interlocked.Exchange(ref _woken, 0);
        await using var alive = new NpgsqlCommand("select 1", _connection);
        await alive.ExecuteScalarAsync(cancellationToken);
    }

    public ValueTask DisposeAsync() => _connection.DisposeAsync();

    /// <summary>Wakes the leader, wherever it runs; cheap enough to send after every relevant commit.</summary>
    public static async Task WakeAsync(NpgsqlDataSource dataSource, string schema, CancellationToken cancellationToken)
    {
        await using var notify = dataSource.CreateCommand($"notify {WakeChannel(schema)}");
        await notify.ExecuteNonQueryAsync(cancellationToken);
    }

    // One leader per deployment, and deployments (or test hosts) sharing a database by schema stay
    // apart: the lock key and the wake-up channel derive from the schema (an identifier, so safe here).
    private static string WakeChannel(string schema) => $"router_{schema}";

    private static long LockKey(string schema)
    {
        var hash = 14695981039346656037UL; // FNV-1a: stable across processes, unlike string.GetHashCode
        foreach (var b in System.Text.Encoding.UTF8.GetBytes("contactcenter.router:" + schema))
        {
            hash = (hash ^ b) * 1099511628211UL;
        }

        return unchecked((long)hash);
    }
}
