using System.Security.Cryptography;
using Npgsql;

namespace ContactCenter.Server.Hosting.Database;

/// <summary>
/// The embedded cluster's superuser password: made at random on first start and kept with the data
/// (a file only its owner may read), so that no other local process reads the PII, the audit log or
/// the key ring. Clusters made by earlier versions trusted every local connection; they are given a
/// password on their next start.
/// </summary>
internal static class ClusterPassword
{
    public const string FileName = "contactcenter.password";

    // Every connection, local or over loopback, proves the password; replication too.
    private const string HostBasedAccess = """
        # Written by ContactCenter: every connection needs the password kept in contactcenter.password.
        local   all             all                     scram-sha-256
        host    all             all     127.0.0.1/32    scram-sha-256
        host    all             all     ::1/128         scram-sha-256
        local   replication     all                     scram-sha-256
        host    replication     all     127.0.0.1/32    scram-sha-256
        host    replication     all     ::1/128         scram-sha-256

        """;

    public static string? Read(string dataDirectory)
    {
        var path = Path.Combine(dataDirectory, FileName);
        return File.Exists(path) ? File.ReadAllText(path).Trim() : null;
    }

    /// <summary>Hex only: nothing to quote in a password file or a statement.</summary>
    public static string Make() => Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(24));

    /// <summary>Writes the password to <paramref name="folder"/> with mode 0600 and gives it to the cluster's user.</summary>
    public static async Task<string> WriteAsync(string folder, string password, CancellationToken cancellationToken)
    {
        var path = Path.Combine(folder, FileName);
        var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write };
        if (!OperatingSystem.IsWindows())
        {
            options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        }

        await using (var file = new FileStream(path, options))
        await using (var writer = new StreamWriter(file))
        {
            await writer.WriteLineAsync(password.AsMemory(), cancellationToken);
        }

        await ProcessRunner.GiveToPostgresAsync(path, cancellationToken);
        return path;
    }

    /// <summary>A cluster of an earlier version (trust authentication): set a password, keep it, then require it.</summary>
    public static async Task<string> UpgradeFromTrustAsync(string dataDirectory, string trustConnectionString, CancellationToken cancellationToken)
    {
        var password = Make();
        await using (var connection = new NpgsqlConnection(trustConnectionString))
        {
            await connection.OpenAsync(cancellationToken);
            await using var alter = new NpgsqlCommand($"alter role {ProcessRunner.PostgresUser} password '{password}'", connection);
            await alter.ExecuteNonQueryAsync(cancellationToken);
            // Kept before the rule changes: a crash in between leaves a cluster we can still open.
            await WriteAsync(dataDirectory, password, cancellationToken);
            await File.WriteAllTextAsync(Path.Combine(dataDirectory, "pg_hba.conf"), HostBasedAccess, cancellationToken);
            await using var reload = new NpgsqlCommand("select pg_reload_conf()", connection);
            await reload.ExecuteNonQueryAsync(cancellationToken);
        }

        NpgsqlConnection.ClearAllPools();
        return password;
    }
}
