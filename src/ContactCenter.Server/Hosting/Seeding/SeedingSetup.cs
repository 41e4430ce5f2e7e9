using Marten;

namespace ContactCenter.Server.Hosting.Seeding;

public static class SeedingSetup
{
    /// <summary>Registered after the store, so its start runs after Marten has applied the schema.</summary>
    public static IServiceCollection AddDemoSeeding(this IServiceCollection services)
    {
        services.AddOptions<SeedingOptions>().BindConfiguration(SeedingOptions.Section)
            .Validate(o => !o.Enabled || !string.IsNullOrWhiteSpace(o.Directory), "ContactCenter:Seeding:Directory must name the seeds folder.")
            .ValidateOnStart();
        services.ConfigureMarten(SeedingModule.Configure);
        services.AddSingleton<DemoSeeder>();
        services.AddHostedService<SeedingHostedService>();
        return services;
    }
}
