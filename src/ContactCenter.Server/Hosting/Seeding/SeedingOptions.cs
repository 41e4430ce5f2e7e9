namespace ContactCenter.Server.Hosting.Seeding;

public sealed class SeedingOptions
{
    public const string Section = "ContactCenter:Seeding";

    /// <summary>Load the demo data on start. Items already loaded once are never loaded again.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>The seeds folder; by default the copy next to the server's binaries.</summary>
    public string Directory { get; set; } = Path.Combine(AppContext.BaseDirectory, "seeds");
}
