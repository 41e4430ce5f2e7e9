using System.Net;
using System.Net.Sockets;
using Npgsql;

namespace ContactCenter.Server.Hosting.Database;

/// <summary>
/// A private PostgreSQL cluster in a folder of ours, started from the machine's server programs on
/// a free loopback port (no Unix socket). The folder is kept, so data survives a restart; a cluster
/// left running by a crashed process is adopted rather than started twice. Connections need the
/// password kept in the folder (see <see cref="ClusterPassword"/>).
/// </summary>
public sealed class EmbeddedPostgres : IAsyncDisposable
{
    public const string DatabaseName = "contactcenter";

    private readonly string _pgCtl;
    private readonly string _dataDirectory;
    private int _stopped;
    private string? _password;

    private EmbeddedPostgres(string binaries, string dataDirectory, int port)
    {
        _pgCtl = Path.Combine(binaries, "pg_ctl");
        _dataDirectory = dataDirectory;
        Port = port;
    }

    public int Port { get; }

    public string ConnectionString => ConnectionStringFor(DatabaseName);

    public string ConnectionStringFor(string database) => new NpgsqlConnectionStringBuilder
    {
        Host = "127.0.0.1",
        Port = Port,
        Username = ProcessRunner.PostgresUser,
        Database = database,
        Password = _password,
        Pooling = true,
    }.ConnectionString;

    public static async Task<EmbeddedPostgres> StartAsync(string dataDirectory, string? binariesDirectory, bool durable, CancellationToken cancellationToken = default)
    {
        var binaries = PostgresBinaries.Locate(binariesDirectory);
        dataDirectory = Path.GetFullPath(dataDirectory);
        var password = ClusterPassword.Read(dataDirectory);
        if (!File.Exists(Path.Combine(dataDirectory, "PG_VERSION")))
        {
            password = await InitializeAsync(binaries, dataDirectory, cancellationToken);
        }

        // A postmaster.pid left by a machine that went down names a port that may be taken now.
        var adopted = RunningPort(dataDirectory) is { } port && await IsRunningAsync(binaries, dataDirectory, cancellationToken) ? port : (int?)null;
        var cluster = new EmbeddedPostgres(binaries, dataDirectory, adopted ?? FreePort()) { _password = password };
        if (adopted is null)
        {
            await cluster.StartServerAsync(durable, cancellationToken);
        }

        // A cluster of an earlier version has no password yet (it trusted every local connection).
        cluster._password ??= await ClusterPassword.UpgradeFromTrustAsync(dataDirectory, cluster.ConnectionStringFor("postgres"), cancellationToken);

        await cluster.EnsureDatabaseAsync(DatabaseName, cancellationToken);
        return cluster;
    }

    /// <summary>Creates a database in the cluster unless it exists; tests use one per run.</summary>
    public async Task EnsureDatabaseAsync(string database, CancellationToken cancellationToken = default)
    {
        await using var connection = new NpgsqlConnection(ConnectionStringFor("postgres"));
        await connection.OpenAsync(cancellationToken);
        await using var exists = new NpgsqlCommand("select 1 from pg_database where datname = $1", connection);
        exists.Parameters.Add(new NpgsqlParameter { Value = database });
        if (await exists.ExecuteScalarAsync(cancellationToken) is null)
        {
            // A database name cannot be a parameter; it is quoted as an identifier.
            await using var create = new NpgsqlCommand($"create database \"{database.Replace("\"", "\"\"", StringComparison.Ordinal)}\"", connection);
            await create.ExecuteNonQueryAsync(cancellationToken);
        }
    }

    public async Task StopAsync()
    {
        if (Interlocked.Exchange(ref _stopped, 1) == 0)
        {
            await ProcessRunner.RunAsync(_pgCtl, ["stop", "-D", _dataDirectory, "-m", "fast", "-w"], CancellationToken.None);
        }
    }

    public async ValueTask DisposeAsync() => await StopAsync();

    private static async Task<string> InitializeAsync(string binaries, string dataDirectory, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(dataDirectory);
        await ProcessRunner.GiveToPostgresAsync(dataDirectory, cancellationToken);
        var password = ClusterPassword.Make();
        // initdb wants an empty folder: its password file waits in a private folder of its own (mode 0700).
        var setup = Directory.CreateTempSubdirectory("contactcenter-initdb-");
        try
        {
            await ProcessRunner.GiveToPostgresAsync(setup.FullName, cancellationToken);
            var passwordFile = await ClusterPassword.WriteAsync(setup.FullName, password, cancellationToken);
            await ProcessRunner.RunAsync(
                Path.Combine(binaries, "initdb"),
                ["-D", dataDirectory, "-U", ProcessRunner.PostgresUser, "--auth=scram-sha-256", $"--pwfile={passwordFile}", "--encoding=UTF8", "--locale=C.UTF-8"],
                cancellationToken);
        }
        finally
        {
            setup.Delete(recursive: true);
        }

        await ClusterPassword.WriteAsync(dataDirectory, password, cancellationToken);
        return password;
    }

    private async Task StartServerAsync(bool durable, CancellationToken cancellationToken)
    {
        // pg_ctl hands -o to a shell: these values contain no spaces or quotes but the empty socket list.
        var settings = $"-p {Port} -c listen_addresses=127.0.0.1 -c unix_socket_directories='' -c max_connections=200";
        if (!durable)
        {
            settings += " -c fsync=off -c synchronous_commit=off -c full_page_writes=off";
        }

        await ProcessRunner.RunAsync(
            _pgCtl,
            ["start", "-D", _dataDirectory, "-w", "-t", "60", "-l", Path.Combine(_dataDirectory, "server.log"), "-o", settings],
            cancellationToken);
    }

    private static async Task<bool> IsRunningAsync(string binaries, string dataDirectory, CancellationToken cancellationToken)
    {
        try
        {
            await ProcessRunner.RunAsync(Path.Combine(binaries, "pg_ctl"), ["status", "-D", dataDirectory], cancellationToken);
            return true;
        }
        catch (PostgresUnavailableException)
        {
            return false;
        }
    }

    // postmaster.pid's fourth line is the port of a cluster that is (or was) running.
    private static int? RunningPort(string dataDirectory)
    {
        var pidFile = Path.Combine(dataDirectory, "postmaster.pid");
        if (!File.Exists(pidFile))
        {
            return null;
        }

        var lines = File.ReadAllLines(pidFile);
        return lines.Length > 3 && int.TryParse(lines[3], out var port) ? port : null;
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
