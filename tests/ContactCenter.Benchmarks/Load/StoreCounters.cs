using System.Globalization;
using Npgsql;
using StackExchange.Redis;

namespace ContactCenter.Benchmarks.Load;

/// <summary>What PostgreSQL and Redis did for each stored message of a round: the figures a sizing rests on.</summary>
public sealed record StoreCost(double PostgresCommits, double PostgresRowsWritten, double WalBytes, double RedisCommands, double RedisBytesIn, double RedisBytesOut)
{
    public static StoreCost None { get; } = new(double.NaN, double.NaN, double.NaN, double.NaN, double.NaN, double.NaN);
}

/// <summary>
/// Reads the private PostgreSQL's and redis-server's own counters before and after a round. Nothing
/// else writes to either during a benchmark, so the difference over the messages stored is what one
/// message costs them (the few queries of the reading itself are a rounding error at thousands of messages).
/// </summary>
public sealed class StoreCounters
{
    private readonly string _postgres;
    private readonly string? _redis;

    private StoreCounters(string postgres, string? redis) => (_postgres, _redis) = (postgres, redis);

    public static async Task<StoreCounters> ForAsync(string? redisConnectionString) =>
        new((await Testing.TestPostgres.GetAsync()).ConnectionString, redisConnectionString);

    public sealed record Reading(long Commits, long RowsWritten, string WalPosition, long RedisCommands, long RedisBytesIn, long RedisBytesOut);

    public async Task<Reading> ReadAsync()
    {
        // A backend reports its counters to pg_stat_database at most once a second: wait them out.
        await Task.Delay(TimeSpan.FromSeconds(1.5));
        await using var connection = new NpgsqlConnection(_postgres);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(
            "select xact_commit, tup_inserted + tup_updated + tup_deleted, pg_current_wal_lsn()::text from pg_stat_database where datname = current_database()",
            connection);
        await using var row = await command.ExecuteReaderAsync();
        await row.ReadAsync();
        var (commits, rows, wal) = (row.GetInt64(0), row.GetInt64(1), row.GetString(2));
        var (commands, bytesIn, bytesOut) = _redis is null ? (0L, 0L, 0L) : await RedisAsync(_redis);
        return new Reading(commits, rows, wal, commands, bytesIn, bytesOut);
    }

    public async Task<StoreCost> CostAsync(Reading before, Reading after, int messages)
    {
        if (messages == 0)
        {
            return StoreCost.None;
        }

        await using var connection = new NpgsqlConnection(_postgres);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("select pg_wal_lsn_diff(@after::pg_lsn, @before::pg_lsn)::bigint", connection);
        command.Parameters.AddWithValue("after", after.WalPosition);
        command.Parameters.AddWithValue("before", before.WalPosition);
        var walBytes = (long)(await command.ExecuteScalarAsync())!;
        double Per(long count) => (double)count / messages;
        return new StoreCost(Per(after.Commits - before.Commits), Per(after.RowsWritten - before.RowsWritten), Per(walBytes),
            _redis is null ? double.NaN : Per(after.RedisCommands - before.RedisCommands),
            _redis is null ? double.NaN : Per(after.RedisBytesIn - before.RedisBytesIn),
            _redis is null ? double.NaN : Per(after.RedisBytesOut - before.RedisBytesOut));
    }

    private static async Task<(long Commands, long BytesIn, long BytesOut)> RedisAsync(string connectionString)
    {
        await using var redis = await ConnectionMultiplexer.ConnectAsync(connectionString + ",allowAdmin=true");
        var stats = (await redis.GetServers()[0].InfoAsync("stats")).SelectMany(group => group).ToDictionary(p => p.Key, p => p.Value);
        return (long.Parse(stats["total_commands_processed"], CultureInfo.InvariantCulture), long.Parse(stats["total_net_input_bytes"], CultureInfo.InvariantCulture), long.Parse(stats["total_net_output_bytes"], CultureInfo.InvariantCulture));
    }
}
