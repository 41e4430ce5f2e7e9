using Marten;

namespace ContactCenter.Server.Features.Routing;

public static class RoutingSetup
{
    public static IServiceCollection AddConversationRouting(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<RoutingOptions>().BindConfiguration(RoutingOptions.Section)
            .Validate(o => o.Tick > TimeSpan.Zero && o.ElectionInterval > TimeSpan.Zero, "ContactCenter:Routing needs a positive Tick and ElectionInterval.")
            .Validate(o => o.RenewEvery > TimeSpan.Zero && o.RenewEvery * 2 <= o.Lease,
                "ContactCenter:Routing needs a positive RenewEvery of at most half the Lease.")
            .ValidateOnStart();
        // The router's epoch floor, for the fencing of offers (docs/realtime.md).
        services.ConfigureMarten(options => options.Schema.For<RouterEpoch>());
        services.AddSingleton<RouterWake>();
        services.AddSingleton<RouterLeadership>();
        if (configuration.GetValue(RoutingOptions.Section + ":Enabled", true))
        {
            services.AddHostedService<RoutingService>();
        }

        return services;
    }
}
