namespace ContactCenter.Testing;

/// <summary>
/// Two server nodes as behind a load balancer: one database schema, one private Redis backplane
/// with a channel prefix of their own. Disposed nodes first, then Redis.
/// </summary>
public sealed class TwoNodes : IAsyncDisposable
{
    private readonly TestRedis _redis;

    private TwoNodes(TestRedis redis, ServerHost a, ServerHost b) => (_redis, A, B) = (redis, a, b);

    public ServerHost A { get; }
    public ServerHost B { get; }

    /// <summary>The backplane's Redis, for tests that stop it and start it again.</summary>
    public TestRedis Redis => _redis;

    public static async Task<TwoNodes> StartAsync()
    {
        var redis = await TestRedis.StartAsync();
        var schema = $"nodes_{Guid.NewGuid():N}"[..20];
        var prefix = $"test-{Guid.NewGuid():N}";
        void Shared(IDictionary<string, string?> s)
        {
            s["ContactCenter:Database:Schema"] = schema;
            s["ConnectionStrings:Redis"] = redis.ConnectionString;
            s["ContactCenter:Redis:ChannelPrefix"] = prefix;
        }

        var a = await ServerHost.StartAsync(Shared);
        var b = await ServerHost.StartAsync(Shared);
        return new TwoNodes(redis, a, b);
    }

    public async ValueTask DisposeAsync()
    {
        await A.DisposeAsync();
        await B.DisposeAsync();
        await _redis.DisposeAsync();
    }
}
