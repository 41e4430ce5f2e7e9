namespace ContactCenter.Server.Features.Analytics;

public static class AnalyticsSetup
{
    public static IServiceCollection AddAnalytics(this IServiceCollection services)
    {
        services.AddOptions<TimeZoneOptions>().BindConfiguration(TimeZoneOptions.Section)
            .Validate(o => o.IsValid, "ContactCenter:TimeZone must be an IANA time zone id such as 'UTC' or 'Europe/Paris'.")
            .ValidateOnStart();
        services.AddSingleton<MyAnalyticsReader>();
        services.AddSingleton<Team.TeamAnalyticsReader>();
        return services;
    }
}
