namespace ContactCenter.Server.Features.Routing;

public static class RoutingSetup
{
    public static IServiceCollection AddConversationRouting(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<RoutingOptions>().BindConfiguration(RoutingOptions.Section)
            .Validate(o => o.Tick > TimeSpan.Zero && o.ElectionInterval > TimeSpan.Zero, "ContactCenter:Routing needs a positive Tick and ElectionInterval.")
            .ValidateOnStart();
        services.AddSingleton<RouterWake>();
        if (configuration.GetValue(RoutingOptions.Section + ":Enabled", true))
        {
            services.AddHostedService<RoutingService>();
        }

        return services;
    }
}
