using System.Data.Common;
using Npgsql;

namespace ContactCenter.Server.Persistence;

/// <summary>
/// How this server uses its pooled connections, unless the connection string says otherwise
/// (docs/storage.md, "Connections").
/// </summary>
public static class PooledConnections
{
    /// <summary>Statements Npgsql keeps prepared per connection: the hot path's few, and the reads of the desk and the router.</summary>
    public const int MaxAutoPrepare = 64;

    public static NpgsqlDataSourceBuilder Configure(NpgsqlDataSourceBuilder builder, string connectionString)
    {
        var given = new DbConnectionStringBuilder { ConnectionString = connectionString };
        // No reset when a connection goes back to the pool: Npgsql would otherwise send ahead of its
        // next use a DISCARD ALL (or, once statements are prepared, seven statements from RESET ALL
        // to pg_advisory_unlock_all()); a chat message took 6 connections. Nothing here leaves
        // session state on a pooled connection: no SET, LISTEN only on unpooled connections of their
        // own, the router's lease is a row, Marten's schema lock at start is released by Marten, and
        // an open transaction is still rolled back on return.
        if (!Given(given, "No Reset On Close", "NoResetOnClose"))
        {
            builder.ConnectionStringBuilder.NoResetOnClose = true;
        }

        // Marten sends the same statement texts over and over (append, upserts, loads by id):
        // prepared once per connection, PostgreSQL parses and plans each of them once.
        if (!Given(given, "Max Auto Prepare", "MaxAutoPrepare"))
        {
            builder.ConnectionStringBuilder.MaxAutoPrepare = MaxAutoPrepare;
        }

        return builder;
    }

    private static bool Given(DbConnectionStringBuilder given, params string[] names) => names.Any(given.ContainsKey);
}
