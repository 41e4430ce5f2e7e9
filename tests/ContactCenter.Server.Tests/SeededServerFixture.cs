using ContactCenter.Testing;

namespace ContactCenter.Server.Tests;

/// <summary>One seeded server shared by read-only tests of a collection; tests that change data start their own.</summary>
public sealed class SeededServerFixture : IAsyncLifetime
{
    public ServerHost Host { get; private set; } = null!;

    public async Task InitializeAsync() => Host = await ServerHost.StartAsync();

    public async Task DisposeAsync() => await Host.DisposeAsync();
}

[CollectionDefinition(Name)]
public sealed class SeededServerCollection : ICollectionFixture<SeededServerFixture>
{
    public const string Name = "seeded server";
}
