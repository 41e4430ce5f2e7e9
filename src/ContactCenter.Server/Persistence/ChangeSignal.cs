using Npgsql;

namespace ContactCenter.Server.Persistence;

/// <summary>
/// A LISTEN/NOTIFY channel per deployment (named from the schema, like the router's wake-up), so a
/// node can tell every node that cached settings changed. Notifications are not stored: a listener
/// that was away must treat everything as changed when it comes back.
/// </summary>
public static class ChangeSignal
{
    public static async Task NotifyAsync(NpgsqlDataSource dataSource, DatabaseConnection database, string topic, CancellationToken cancellationToken)
    {
        await using var notify = dataSource.CreateCommand($"notify {Channel(database, topic)}");
        await notify.ExecuteNonQueryAsync(cancellationToken);
    }

    /// <summary>A notification that says what changed (an id), for listeners that act on that one thing.</summary>
    public static async Task NotifyAsync(NpgsqlDataSource dataSource, DatabaseConnection database, string topic, string payload, CancellationToken cancellationToken)
    {
        await using var notify = dataSource.CreateCommand("select pg_notify($1, $2)");
        notify.Parameters.Add(new NpgsqlParameter { Value = Channel(database, topic) });
        notify.Parameters.Add(new NpgsqlParameter { Value = payload });
        await notify.ExecuteNonQueryAsync(cancellationToken);
    }

    /// <summary>
    /// Listens on a dedicated connection until cancelled or the connection fails (it then throws).
    /// <paramref name="listening"/> runs once the LISTEN is in place, <paramref name="changed"/> on each notification.
    /// </summary>
    public static Task ListenAsync(DatabaseConnection database, string topic, Action listening, Action changed, CancellationToken cancellationToken) =>
        ListenAsync(database, topic, listening, _ => changed(), cancellationToken);

    /// <summary>As above, handing each notification's payload to <paramref name="changed"/>.</summary>
    public static async Task ListenAsync(DatabaseConnection database, string topic, Action listening, Action<string> changed, CancellationToken cancellationToken)
    {
        var dedicated = new NpgsqlConnectionStringBuilder(database.ConnectionString)
        {
            Pooling = false,
            KeepAlive = 5,
            ApplicationName = $"contactcenter-{topic}",
        };
        await using var connection = new NpgsqlConnection(dedicated.ConnectionString);
        connection.Notification += (_, e) => changed(e.Payload);
        await connection.OpenAsync(cancellationToken);
        await using (var listen = new NpgsqlCommand($"listen {Channel(database, topic)}", connection))
        {
            await listen.ExecuteNonQueryAsync(cancellationToken);
        }

        listening();
        while (true)
        {
            await connection.WaitAsync(cancellationToken);
        }
    }

    // Topics are our own constants and the schema an identifier, so both are safe in the statement.
    private static string Channel(DatabaseConnection database, string topic) => $"{topic}_{database.Schema}";
}
