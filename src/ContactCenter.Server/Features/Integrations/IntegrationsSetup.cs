using Microsoft.Extensions.Options;

namespace ContactCenter.Server.Features.Integrations;

public static class IntegrationsSetup
{
    public static IServiceCollection AddIntegrations(this IServiceCollection services)
    {
        services.AddOptions<WebhookOptions>().BindConfiguration(WebhookOptions.Section)
            .Validate(o => o.MaxAttempts > 0 && o.RetryBase > TimeSpan.Zero && o.PollInterval > TimeSpan.Zero,
                "ContactCenter:Webhooks needs positive MaxAttempts, RetryBase and PollInterval.")
            .ValidateOnStart();
        services.AddSingleton<WebhookTargets>();
        services.AddHttpClient(WebhookDispatcher.ClientName, (sp, client) => client.Timeout = sp.GetRequiredService<IOptions<WebhookOptions>>().Value.Timeout)
            // No redirects: a permitted target could otherwise send the delivery on to a refused one.
            .ConfigurePrimaryHttpMessageHandler(sp => new SocketsHttpHandler
            {
                AllowAutoRedirect = false,
                ConnectCallback = sp.GetRequiredService<WebhookTargets>().ConnectAsync,
            });
        services.AddHostedService<WebhookDispatcher>();
        services.AddSingleton<WebhookSubscriptions>();
        services.AddHostedService(sp => sp.GetRequiredService<WebhookSubscriptions>());
        return services;
    }
}
