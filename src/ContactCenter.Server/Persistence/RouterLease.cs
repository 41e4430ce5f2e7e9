using Npgsql;
using Weasel.Postgresql;

namespace ContactCenter.Server.Persistence;

/// <summary>
/// Leadership of the router across nodes: one row (holder, epoch, expires_at) that a node takes when
/// it is free or expired and keeps only by renewing it. Expiry is judged by the database's clock
/// (<c>now()</c>), so node clocks never matter, and a frozen leader (a long GC pause, SIGSTOP, a stuck
/// VM) loses the lease when it stops renewing even though its connections stay open, which an
/// advisory lock never did. Each take raises the epoch, the fencing token every offer carries.
/// </summary>
public static class RouterLease
{
    private const string Table = "cc_router_lease";

    /// <summary>The lease table, created with the rest of the schema (by `migrate` or on start).</summary>
    public static Weasel.Postgresql.Tables.Table Schema(string schema)
    {
        var table = new Weasel.Postgresql.Tables.Table(new PostgresqlObjectName(schema, Table, SchemaUtils.IdentifierUsage.General));
        table.AddColumn<int>("id").AsPrimaryKey();
        table.AddColumn<string>("holder").NotNull();
        table.AddColumn<long>("epoch").NotNull();
        table.AddColumn("expires_at", "timestamp with time zone").NotNull();
        return table;
    }

    /// <summary>
    /// Takes the lease if it is free, expired or already ours, with an epoch above both the last one and
    /// <paramref name="epochFloor"/>; null while another node holds it.
    /// </summary>
    public static async Task<long?> TryTakeAsync(
        NpgsqlDataSource dataSource, string schema, string holder, long epochFloor, TimeSpan lease, CancellationToken cancellationToken)
    {
        await using var take = dataSource.CreateCommand($"""
            insert into {schema}.{Table} as l (id, holder, epoch, expires_at) values (1, $1, $2 + 1, now() + $3)
            on conflict (id) do update set holder = excluded.holder, epoch = greatest(l.epoch, $2) + 1, expires_at = excluded.expires_at
            where l.expires_at <= now() or l.holder = excluded.holder
            returning epoch
            """);
        take.Parameters.Add(new NpgsqlParameter { Value = holder });
        take.Parameters.Add(new NpgsqlParameter { Value = epochFloor });
        take.Parameters.Add(new NpgsqlParameter { Value = lease });
        return await take.ExecuteScalarAsync(cancellationToken) is long epoch ? epoch : null;
    }

    /// <summary>Extends our lease from the database's now; false when it expired or another node took it.</summary>
    public static async Task<bool> RenewAsync(
        NpgsqlDataSource dataSource, string schema, string holder, long epoch, TimeSpan lease, CancellationToken cancellationToken)
    {
        await using var renew = dataSource.CreateCommand($"""
            update {schema}.{Table} set expires_at = now() + $3
            where id = 1 and holder = $1 and epoch = $2 and expires_at > now()
            """);
        renew.Parameters.Add(new NpgsqlParameter { Value = holder });
        renew.Parameters.Add(new NpgsqlParameter { Value = epoch });
        renew.Parameters.Add(new NpgsqlParameter { Value = lease });
        return await renew.ExecuteNonQueryAsync(cancellationToken) == 1;
    }

    /// <summary>A stopping leader frees the lease at once, so another node routes without waiting for expiry.</summary>
    public static async Task ReleaseAsync(NpgsqlDataSource dataSource, string schema, string holder, long epoch, CancellationToken cancellationToken)
    {
        await using var release = dataSource.CreateCommand($"""
            update {schema}.{Table} set expires_at = now() where id = 1 and holder = $1 and epoch = $2 and expires_at > now()
            """);
        release.Parameters.Add(new NpgsqlParameter { Value = holder });
        release.Parameters.Add(new NpgsqlParameter { Value = epoch });
        await release.ExecuteNonQueryAsync(cancellationToken);
    }
}
