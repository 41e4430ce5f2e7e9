namespace ContactCenter.Server.Hosting.Database;

public static class DatabaseHosting
{
    public const string ConnectionStringName = "Postgres";

    /// <summary>
    /// The configured PostgreSQL, or else the embedded cluster, started now so that the store can be
    /// configured with a real connection string. Returns the connection string to use.
    /// </summary>
    public static async Task<string> UseConfiguredOrEmbeddedPostgresAsync(this WebApplicationBuilder builder, DatabaseOptions options)
    {
        var configured = builder.Configuration.GetConnectionString(ConnectionStringName);
        if (!string.IsNullOrWhiteSpace(configured))
        {
            return configured;
        }

        var dataDirectory = Path.Combine(builder.Environment.ContentRootPath, options.DataDirectory);
        var cluster = await EmbeddedPostgres.StartAsync(dataDirectory, options.BinariesDirectory, options.Durable);
        builder.Services.AddSingleton(cluster);
        builder.Services.AddHostedService<EmbeddedPostgresLifetime>();
        return cluster.ConnectionString;
    }
}
