using ContactCenter.Server.Components;
using ContactCenter.Server.Components.Agent;
using ContactCenter.Server.Features.Access;
using ContactCenter.Server.Features.Agents;
using ContactCenter.Server.Features.Conversations;
using ContactCenter.Server.Features.Customers;
using ContactCenter.Server.Features.Queues;
using ContactCenter.Server.Features.Access.Authentication;
using ContactCenter.Server.Features.Access.Me;
using ContactCenter.Server.Features.Access.Roles;
using ContactCenter.Server.Features.Access.SigningIn;
using ContactCenter.Server.Features.Access.Users;
using ContactCenter.Server.Features.Agents.ReasonCodes;
using ContactCenter.Server.Features.Analytics;
using ContactCenter.Server.Features.Analytics.Team;
using ContactCenter.Server.Features.Audit;
using ContactCenter.Server.Features.Conversations.Api;
using ContactCenter.Server.Features.Conversations.CannedResponses;
using ContactCenter.Server.Features.Conversations.Labeling;
using ContactCenter.Server.Features.Conversations.Linking;
using ContactCenter.Server.Features.Conversations.Widget;
using ContactCenter.Server.Features.Customers.Directory;
using ContactCenter.Server.Features.Integrations;
using ContactCenter.Server.Features.Queues.Settings;
using ContactCenter.Server.Features.Routing;
using ContactCenter.Server.Features.Shared;
using ContactCenter.Server.Features.Shared.Input;
using ContactCenter.Server.Features.Teams;
using ContactCenter.Server.Realtime;
using ContactCenter.Server.Features.Queues.Catalog;
using ContactCenter.Server.Features.Queues.ListingQueues;
using ContactCenter.Server.Hosting.Benchmarking;
using ContactCenter.Server.Hosting.Database;
using ContactCenter.Server.Hosting.Draining;
using ContactCenter.Server.Hosting.Health;
using ContactCenter.Server.Hosting.Security;
using ContactCenter.Server.Hosting.Limits;
using ContactCenter.Server.Hosting.Seeding;
using ContactCenter.Server.Persistence;
using Microsoft.Extensions.DependencyInjection.Extensions;
using MudBlazor.Services;

namespace ContactCenter.Server.Hosting;

/// <summary>Composes the server. Program.cs and the test hosts both start it through here.</summary>
public static class ServerApp
{
    public static async Task<WebApplication> BuildAsync(WebApplicationOptions options, Action<WebApplicationBuilder>? configure = null)
    {
        var builder = WebApplication.CreateBuilder(options);
        configure?.Invoke(builder);
        // Serves MudBlazor's files from a build folder too, not only from a published one.
        builder.WebHost.UseStaticWebAssets();

        var database = builder.Configuration.GetSection(DatabaseOptions.Section).Get<DatabaseOptions>() ?? new DatabaseOptions();
        var connectionString = await builder.UseConfiguredOrEmbeddedPostgresAsync(database);
        try
        {
            AddServices(builder, connectionString, database);
            var app = builder.Build();
            UsePipeline(app);
            return app;
        }
        catch
        {
            await StopEmbeddedAsync(builder.Services);
            throw;
        }
    }

    private static void AddServices(WebApplicationBuilder builder, string connectionString, DatabaseOptions database)
    {
        var services = builder.Services;
        // Try: a test host may bring its own clock.
        services.TryAddSingleton(TimeProvider.System);
        services.AddContactCenterStore(connectionString, database);
        services.AddAccessModule().AddAuditModule().AddQueuesModule().AddTeamsModule().AddAgentsModule()
            .AddCustomersModule().AddConversationsModule().AddAnalyticsModule().AddIntegrationsModule();
        services.AddDemoSeeding();
        services.AddContactCenterHealth(builder.Configuration.GetConnectionString("Redis"));
        services.AddNodeDraining();
        services.AddOpenApi();
        services.AddContactCenterInput();
        services.AddRazorComponents().AddInteractiveServerComponents();
        // Bottom left: the desk's actions and offers live at the top right.
        services.AddMudServices(mud => mud.SnackbarConfiguration.PositionClass = MudBlazor.Defaults.Classes.Position.BottomLeft);
        services.AddSingleton<IQueueCatalog, QueueCatalog>();
        services.AddSingleton<AuditReader>();
        services.AddSingleton<QueueSettingsReader>().AddSingleton<SaveQueueSettings>();
        services.AddHttpContextAccessor();
        services.AddScoped<ChangeContext>();
        services.AddSingleton<LoopbackAddress>();
        services.AddScoped<DeskState>();
        services.AddScoped<Components.Supervisor.WallboardState>();
        services.AddScoped<CircuitBrowser>();
        services.AddScoped<Components.Admin.Shared.AdminActor>();
        services.AddScoped<Microsoft.AspNetCore.Components.Server.Circuits.CircuitHandler, CircuitBrowserHandler>();
        ProxyOptions.AddTrustedProxies(services);
        services.AddContactCenterAccess(builder.Configuration);
        services.AddContactCenterRateLimits();
        services.AddContactCenterRealtime();
        services.AddRedisBackplane(builder.Configuration);
        services.AddIntegrations();
        services.AddConversationRouting(builder.Configuration);
        services.AddAnalytics();
        services.AddBenchmarkDiagnostics();
    }

    private static void UsePipeline(WebApplication app)
    {
        // First: every later step (audit, cookies' Secure flag) sees the browser's address and scheme.
        app.UseForwardedHeaders();
        // Next: a stopping node turns new hub connections away before any work is done for them.
        app.UseNodeDraining();
        if (!app.Environment.IsDevelopment())
        {
            app.UseExceptionHandler("/error", createScopeForErrors: true);
        }

        app.UseSecurityHeaders();
        app.UseWidgetPage();
        app.UseSameOriginGuard();
        app.UseAuthentication();
        app.UseRateLimiter();
        app.UseAuthorization();
        app.UseAntiforgery();
        app.MapStaticAssets();
        app.MapContactCenterHealth();
        app.MapOpenApi();
        // Every endpoint of the API behind one input check (see RequestInput).
        var api = app.MapGroup("").AddEndpointFilterFactory(InputEndpointFilter.Create);
        api.MapListQueues();
        api.MapSignIn();
        api.MapMe();
        api.MapMyAnalytics();
        api.MapTeamAnalytics();
        api.MapUsers();
        api.MapRoles();
        api.MapTeams();
        api.MapCustomers();
        api.MapLabels();
        api.MapQueueSettings();
        api.MapReasonCodes();
        api.MapAudit();
        api.MapWidget();
        api.MapConversations();
        api.MapCustomerLinking();
        api.MapCannedResponses();
        api.MapIntegrations();
        api.MapInbound();
        app.MapContactCenterHubs();
        app.MapBenchmarkDiagnostics();
        // The staff policy of SecurityHeaders holds frame-ancestors with the rest; Blazor's own would be a second header.
        app.MapRazorComponents<App>().AddInteractiveServerRenderMode(o => o.ContentSecurityFrameAncestorsPolicy = null);
    }

    private static async Task StopEmbeddedAsync(IServiceCollection services)
    {
        if (services.FirstOrDefault(d => d.ServiceType == typeof(EmbeddedPostgres))?.ImplementationInstance is EmbeddedPostgres cluster)
        {
            await cluster.StopAsync();
        }
    }
}
