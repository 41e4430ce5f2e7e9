namespace ContactCenter.Server.Hosting.Database;

/// <summary>
/// Where the data lives. With <c>ConnectionStrings:Postgres</c> set, that database is used; without
/// it the server runs its own PostgreSQL cluster in <see cref="DataDirectory"/> (kept between runs).
/// </summary>
public sealed class DatabaseOptions
{
    public const string Section = "ContactCenter:Database";

    /// <summary>Folder of the embedded cluster; relative paths are under the content root.</summary>
    public string DataDirectory { get; set; } = Path.Combine(".data", "postgres");

    /// <summary>Folder holding initdb and pg_ctl; found automatically when empty.</summary>
    public string? BinariesDirectory { get; set; }

    /// <summary>Postgres schema of every Marten table; tests give each host its own.</summary>
    public string Schema { get; set; } = "contactcenter";

    /// <summary>
    /// Turns off fsync for the embedded cluster. Only for throwaway test clusters: a crash of the
    /// machine may then lose committed data.
    /// </summary>
    public bool Durable { get; set; } = true;

    /// <summary>
    /// Brings the schema up to date at start: right for the embedded default and a single node.
    /// Several nodes set it to false and run the server's <c>migrate</c> command once per deploy.
    /// </summary>
    public bool ApplyChangesOnStart { get; set; } = true;
}
