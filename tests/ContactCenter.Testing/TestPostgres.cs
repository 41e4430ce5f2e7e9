using ContactCenter.Server.Hosting.Database;

namespace ContactCenter.Testing;

/// <summary>
/// One throwaway PostgreSQL cluster per test process, started on first use from the machine's
/// binaries and removed at exit. Hosts isolate their data by schema, not by cluster.
/// </summary>
public static class TestPostgres
{
    private static readonly SemaphoreSlim Gate = new(1, 1);
    private static EmbeddedPostgres? _cluster;

    public static async Task<EmbeddedPostgres> GetAsync()
    {
        if (_cluster is { } started)
        {
            return started;
        }

        await Gate.WaitAsync();
        try
        {
            return _cluster ??= await StartAsync();
        }
        finally
        {
            Gate.Release();
        }
    }

    private static async Task<EmbeddedPostgres> StartAsync()
    {
        var folder = TestFolders.NewTemporary("postgres");
        var cluster = await EmbeddedPostgres.StartAsync(folder, binariesDirectory: null, durable: false);
        AppDomain.CurrentDomain.ProcessExit += (_, _) =>
        {
#pragma warning disable VSTHRD002 // A ProcessExit handler cannot be async.
            cluster.StopAsync().GetAwaiter().GetResult();
#pragma warning restore VSTHRD002
            TestFolders.TryDelete(folder);
        };
        return cluster;
    }
}
