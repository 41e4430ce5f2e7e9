namespace ContactCenter.Server.Hosting.Database;

/// <summary>The database cannot be had; the message says what to do about it.</summary>
public sealed class PostgresUnavailableException : Exception
{
    public PostgresUnavailableException(string message) : base(message) { }

    public PostgresUnavailableException(string message, Exception inner) : base(message, inner) { }

    public PostgresUnavailableException() { }
}
