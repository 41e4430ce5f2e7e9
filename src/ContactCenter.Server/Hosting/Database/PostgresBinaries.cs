using System.Globalization;

namespace ContactCenter.Server.Hosting.Database;

/// <summary>Finds the PostgreSQL server programs (initdb, pg_ctl) on this machine.</summary>
public static class PostgresBinaries
{
    private const string DebianRoot = "/usr/lib/postgresql";

    public static string Locate(string? configured)
    {
        if (!string.IsNullOrWhiteSpace(configured))
        {
            return HasServerPrograms(configured) ? configured : throw Missing([configured]);
        }

        var candidates = DebianVersionFolders().Append("/usr/local/pgsql/bin").Append("/usr/bin").ToArray();
        return candidates.FirstOrDefault(HasServerPrograms) ?? throw Missing(candidates);
    }

    private static bool HasServerPrograms(string folder) =>
        File.Exists(Path.Combine(folder, "initdb")) && File.Exists(Path.Combine(folder, "pg_ctl"));

    // Newest major version first: /usr/lib/postgresql/17/bin before .../15/bin.
    private static IEnumerable<string> DebianVersionFolders() =>
        !Directory.Exists(DebianRoot)
            ? []
            : Directory.GetDirectories(DebianRoot)
                .Select(d => (Folder: Path.Combine(d, "bin"), Version: int.TryParse(Path.GetFileName(d), NumberStyles.None, CultureInfo.InvariantCulture, out var v) ? v : 0))
                .OrderByDescending(x => x.Version)
                .Select(x => x.Folder);

    private static PostgresUnavailableException Missing(IEnumerable<string> searched) => new(
        "The PostgreSQL server programs (initdb, pg_ctl) were not found in " + string.Join(", ", searched) + ". " +
        "Install them (Debian or Ubuntu: 'apt-get install postgresql'), or set ContactCenter:Database:BinariesDirectory " +
        "to the folder that holds them, or set ConnectionStrings:Postgres to use an existing PostgreSQL database.");
}
