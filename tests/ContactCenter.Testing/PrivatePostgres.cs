using System.Diagnostics;
using System.Globalization;
using ContactCenter.Server.Hosting.Database;

namespace ContactCenter.Testing;

/// <summary>
/// A PostgreSQL cluster of one test, so that stopping it (a restart, a failover) takes no other
/// test's database away; it starts again on the same port, as a restarted server does.
/// </summary>
public sealed class PrivatePostgres : IAsyncDisposable
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);
    private readonly string _folder;
    private readonly EmbeddedPostgres _cluster;

    private PrivatePostgres(string folder, EmbeddedPostgres cluster) => (_folder, _cluster) = (folder, cluster);

    public string ConnectionString => _cluster.ConnectionString;

    public static async Task<PrivatePostgres> StartAsync(string name)
    {
        var folder = TestFolders.NewTemporary(name);
        return new PrivatePostgres(folder, await EmbeddedPostgres.StartAsync(folder, null, durable: false));
    }

    /// <summary>A fast shutdown, as a restart or a failover does: sessions are cut, nothing waits for clients.</summary>
    public Task StopAsync() => PgCtlAsync("stop", "-m", "fast", "-w");

    public Task StartAgainAsync() => PgCtlAsync("start", "-w", "-t", "60", "-l", Path.Combine(_folder, "server.log"), "-o",
        $"-p {_cluster.Port.ToString(CultureInfo.InvariantCulture)} -c listen_addresses=127.0.0.1 -c unix_socket_directories='' -c fsync=off");

    public async ValueTask DisposeAsync()
    {
        await _cluster.StopAsync();
        TestFolders.TryDelete(_folder);
    }

    // pg_ctl refuses root: as the cluster's own user then, as the server does.
    private async Task PgCtlAsync(params string[] arguments)
    {
        var pgCtl = Path.Combine(PostgresBinaries.Locate(null), "pg_ctl");
        var start = Environment.IsPrivilegedProcess
            ? new ProcessStartInfo("runuser", ["-u", "postgres", "--", pgCtl, "-D", _folder, .. arguments])
            : new ProcessStartInfo(pgCtl, ["-D", _folder, .. arguments]);
        start.RedirectStandardOutput = true;
        start.RedirectStandardError = true;
        using var process = Process.Start(start)!;
        var errors = process.StandardError.ReadToEndAsync();
        await process.StandardOutput.ReadToEndAsync();
        await process.WaitForExitAsync().WaitAsync(Patience);
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"pg_ctl {string.Join(' ', arguments)} failed: {await errors}");
        }
    }
}
