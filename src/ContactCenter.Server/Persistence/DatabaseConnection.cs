namespace ContactCenter.Server.Persistence;

/// <summary>The database and schema, for the few places that need a connection of their own (the router's lock).</summary>
public sealed record DatabaseConnection(string ConnectionString, string Schema);
