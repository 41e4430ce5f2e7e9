using System.Net.Sockets;
using ContactCenter.Domain.Queues;
using ContactCenter.Server.Hosting.Database;
using ContactCenter.Testing;
using Marten;
using Npgsql;

namespace ContactCenter.Server.Tests.Hosting;

/// <summary>The default a new user gets: no connection string, so the server runs its own PostgreSQL.</summary>
public sealed class EmbeddedPostgresTests
{
    [Fact]
    public async Task Second_start_keeps_data_written_by_the_first_and_each_stop_stops_postgres()
    {
        var dataDirectory = TestFolders.NewTemporary("embedded");
        void Embedded(IDictionary<string, string?> s)
        {
            s["ConnectionStrings:Postgres"] = "";
            s["ContactCenter:Database:DataDirectory"] = dataDirectory;
            s["ContactCenter:Database:Schema"] = "contactcenter";
        }

        int firstPort;
        await using (var first = await ServerHost.StartAsync(Embedded))
        {
            firstPort = first.GetRequiredService<EmbeddedPostgres>().Port;
            await using var session = first.GetRequiredService<IDocumentStore>().LightweightSession();
            session.Store(new Queue { Id = "returns", Name = "Returns", ChannelId = "web-chat" });
            await session.SaveChangesAsync();
        }

        Assert.False(await AcceptsConnectionsAsync(firstPort), "PostgreSQL still listens after the server stopped.");
        Assert.True(File.Exists(Path.Combine(dataDirectory, ClusterPassword.FileName)), "the password is not kept with the data");

        await using (var second = await ServerHost.StartAsync(Embedded))
        {
            var queues = await second.Api.GetQueuesAsync();
            Assert.Contains(queues, q => q.Id == "returns");
            Assert.Single(queues, q => q.Id == "sales");
        }

        TestFolders.TryDelete(dataDirectory);
    }

    [Fact]
    public async Task Missing_binaries_stop_the_start_with_a_message_that_says_what_to_do()
    {
        // Tried: no connection string and a binaries folder without PostgreSQL in it.
        var settings = await ServerHost.DefaultSettingsAsync();
        settings["ConnectionStrings:Postgres"] = "";
        settings["ContactCenter:Database:BinariesDirectory"] = "/nonexistent/postgresql/bin";
        settings["ContactCenter:Database:DataDirectory"] = TestFolders.NewTemporary("unused");

        var error = await Assert.ThrowsAsync<PostgresUnavailableException>(() => ServerHost.BuildAsync(settings));

        Assert.Contains("/nonexistent/postgresql/bin", error.Message, StringComparison.Ordinal);
        Assert.Contains("apt-get install postgresql", error.Message, StringComparison.Ordinal);
        Assert.Contains("ConnectionStrings:Postgres", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_cluster_left_running_by_a_crash_is_adopted_and_a_stale_pid_file_is_survived()
    {
        // Tried: a second start while the first process's cluster still runs (as after a crash of the
        // server), then a start after the machine went down with postmaster.pid left behind.
        var folder = TestFolders.NewTemporary("adopt");
        var first = await EmbeddedPostgres.StartAsync(folder, null, durable: false);
        var adopted = await EmbeddedPostgres.StartAsync(folder, null, durable: false);
        Assert.Equal(first.Port, adopted.Port);
        await adopted.StopAsync();

        var pidFile = Path.Combine(folder, "postmaster.pid");
        await File.WriteAllLinesAsync(pidFile, ["999999", folder, "1700000000", first.Port.ToString(System.Globalization.CultureInfo.InvariantCulture), "", "127.0.0.1"]);
        var restarted = await EmbeddedPostgres.StartAsync(folder, null, durable: false);
        Assert.True(await AcceptsConnectionsAsync(restarted.Port));
        await restarted.StopAsync();
        TestFolders.TryDelete(folder);
    }

    [Fact]
    public async Task A_new_cluster_refuses_connections_without_the_password_kept_with_its_data()
    {
        // Tried: a local process connecting as the superuser without a password (trusted before).
        var folder = TestFolders.NewTemporary("password");
        var cluster = await EmbeddedPostgres.StartAsync(folder, null, durable: false);
        try
        {
            var kept = Path.Combine(folder, ClusterPassword.FileName);

            // The embedded cluster runs where PostgreSQL's server programs are: Linux.
            if (!OperatingSystem.IsWindows())
            {
                Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(kept));
            }

            Assert.NotEmpty(await RefusalWithoutPasswordAsync(cluster.Port));
            Assert.Contains((await File.ReadAllTextAsync(kept)).Trim(), cluster.ConnectionString, StringComparison.Ordinal);
            await using var connection = new NpgsqlConnection(cluster.ConnectionString);
            await connection.OpenAsync();
        }
        finally
        {
            await cluster.StopAsync();
            TestFolders.TryDelete(folder);
        }
    }

    [Fact]
    public async Task A_trusting_cluster_of_an_earlier_version_is_given_a_password_on_its_next_start()
    {
        // Tried: a folder as earlier versions left it (trust authentication, no password file).
        var folder = TestFolders.NewTemporary("upgrade");
        await (await EmbeddedPostgres.StartAsync(folder, null, durable: false)).StopAsync();
        File.Delete(Path.Combine(folder, ClusterPassword.FileName));
        await File.WriteAllTextAsync(Path.Combine(folder, "pg_hba.conf"), "local all all trust\nhost all all 127.0.0.1/32 trust\nhost all all ::1/128 trust\n");

        var upgraded = await EmbeddedPostgres.StartAsync(folder, null, durable: false);
        try
        {
            Assert.True(File.Exists(Path.Combine(folder, ClusterPassword.FileName)));
            Assert.NotEmpty(await RefusalWithoutPasswordAsync(upgraded.Port));
            await using var connection = new NpgsqlConnection(upgraded.ConnectionString);
            await connection.OpenAsync();
        }
        finally
        {
            await upgraded.StopAsync();
        }

        // And the start after that uses the kept password.
        var again = await EmbeddedPostgres.StartAsync(folder, null, durable: false);
        await using (var connection = new NpgsqlConnection(again.ConnectionString))
        {
            await connection.OpenAsync();
        }

        await again.StopAsync();
        TestFolders.TryDelete(folder);
    }

    // The error a connection without a password gets, or "" when it is let in.
    private static async Task<string> RefusalWithoutPasswordAsync(int port)
    {
        try
        {
            await using var connection = new NpgsqlConnection($"Host=127.0.0.1;Port={port};Username=postgres;Database=postgres;Pooling=false");
            await connection.OpenAsync();
            return "";
        }
        catch (NpgsqlException e)
        {
            return e.Message;
        }
    }

    private static async Task<bool> AcceptsConnectionsAsync(int port)
    {
        try
        {
            using var client = new TcpClient();
            await client.ConnectAsync("127.0.0.1", port);
            return true;
        }
        catch (SocketException)
        {
            return false;
        }
    }
}
