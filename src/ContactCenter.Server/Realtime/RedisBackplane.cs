using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.StackExchangeRedis;
using StackExchange.Redis;

namespace ContactCenter.Server.Realtime;

/// <summary>
/// With several nodes, our hubs' messages cross nodes through Redis. Only our hubs: Blazor's own
/// circuit hub stays in memory on its node, so a Redis outage never freezes a page (docs/realtime.md, rule 7).
/// </summary>
public static class RedisBackplane
{
    public const string Section = "ContactCenter:Redis";

    public static IServiceCollection AddRedisBackplane(this IServiceCollection services, IConfiguration configuration)
    {
        var connectionString = configuration.GetConnectionString("Redis");
        if (string.IsNullOrWhiteSpace(connectionString))
        {
            return services;
        }

        var prefix = configuration[$"{Section}:ChannelPrefix"] ?? "contactcenter";
        services.AddSingleton<BackplaneConnections>();
        services.AddOptions<RedisOptions>().Configure<BackplaneConnections>((options, tracked) =>
        {
            options.Configuration = ConfigurationOptions.Parse(connectionString);
            // Start and keep running while Redis is away; clients heal missed pushes by version.
            options.Configuration.AbortOnConnectFail = false;
            options.Configuration.ChannelPrefix = RedisChannel.Literal(prefix);
            // Our own factory, so health reports the very connections that carry the messages.
            options.ConnectionFactory = async log =>
            {
                var connection = await ConnectionMultiplexer.ConnectAsync(options.Configuration, log);
                tracked.Track(connection);
                return connection;
            };
        });
        services.AddSingleton<HubLifetimeManager<AgentHub>, RedisHubLifetimeManager<AgentHub>>();
        services.AddSingleton<HubLifetimeManager<CustomerHub>, RedisHubLifetimeManager<CustomerHub>>();
        return services;
    }
}
