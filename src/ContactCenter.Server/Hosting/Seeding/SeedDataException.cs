namespace ContactCenter.Server.Hosting.Seeding;

public sealed class SeedDataException : Exception
{
    public SeedDataException(string message) : base(message) { }

    public SeedDataException(string message, Exception inner) : base(message, inner) { }

    public SeedDataException() { }
}
