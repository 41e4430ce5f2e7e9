using ContactCenter.Client;
using ContactCenter.Server.Hosting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace ContactCenter.Testing;

/// <summary>
/// The real server on a real loopback port (WebSockets, browsers and other processes can reach
/// it), against the shared test cluster in a schema of its own, so hosts never see each other's data.
/// </summary>
public sealed class ServerHost : IAsyncDisposable
{
    private readonly WebApplication _app;

    private ServerHost(WebApplication app, Uri address)
    {
        _app = app;
        Address = address;
        Http = new HttpClient { BaseAddress = address };
        Api = new ContactCenterApiClient(Http);
    }

    public Uri Address { get; }
    public HttpClient Http { get; }
    public ContactCenterApiClient Api { get; }
    public IServiceProvider Services => _app.Services;

    /// <summary>
    /// Starts a host; <paramref name="settings"/> may change or blank any configuration value, and
    /// <paramref name="clock"/> replaces the server's clock (see <see cref="TestClock"/>).
    /// </summary>
    public static async Task<ServerHost> StartAsync(Action<IDictionary<string, string?>>? settings = null, TimeProvider? clock = null)
    {
        var settingsUsed = await DefaultSettingsAsync();
        settings?.Invoke(settingsUsed);
        var app = await BuildAsync(settingsUsed, clock);
        await app.StartAsync();
        return new ServerHost(app, new Uri(app.Urls.First()));
    }

    /// <summary>Builds without starting, for tests of start-up failures.</summary>
    public static Task<WebApplication> BuildAsync(IDictionary<string, string?> settings, TimeProvider? clock = null) =>
        ServerApp.BuildAsync(
            new WebApplicationOptions
            {
                ApplicationName = "ContactCenter.Server",
                ContentRootPath = AppContext.BaseDirectory,
                EnvironmentName = "Testing",
            },
            builder =>
            {
                builder.Configuration.AddInMemoryCollection(settings);
                builder.WebHost.UseUrls("http://127.0.0.1:0");
                if (clock is not null)
                {
                    builder.Services.AddSingleton(clock);
                }
            });

    public static async Task<Dictionary<string, string?>> DefaultSettingsAsync()
    {
        var cluster = await TestPostgres.GetAsync();
        return new Dictionary<string, string?>
        {
            ["ConnectionStrings:Postgres"] = cluster.ConnectionString,
            ["ContactCenter:Database:Schema"] = $"test_{Guid.NewGuid():N}"[..24],
            ["ContactCenter:Seeding:Directory"] = Path.Combine(AppContext.BaseDirectory, "seeds"),
            ["Logging:LogLevel:Default"] = "Warning",
            ["Logging:Console:FormatterName"] = "simple",
        };
    }

    public T GetRequiredService<T>() where T : notnull => _app.Services.GetRequiredService<T>();

    public async ValueTask DisposeAsync()
    {
        Http.Dispose();
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
