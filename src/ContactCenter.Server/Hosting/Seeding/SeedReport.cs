namespace ContactCenter.Server.Hosting.Seeding;

/// <summary>What one seeding run did: items loaded now, and items skipped because they were loaded before or exist.</summary>
public sealed record SeedReport(int Loaded, int Skipped);
