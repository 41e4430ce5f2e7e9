using ContactCenter.Server.Hosting;
using ContactCenter.Server.Hosting.Database;
using Marten;

// `migrate` applies the store's schema and exits: run it once per deploy of a multi-node setup,
// whose nodes then start with ContactCenter:Database:ApplyChangesOnStart=false.
var migrateOnly = args.Length > 0 && args[0] == "migrate";
var app = await ServerApp.BuildAsync(new WebApplicationOptions { Args = migrateOnly ? args[1..] : args });
var cluster = app.Services.GetService<EmbeddedPostgres>();
try
{
    if (migrateOnly)
    {
        await app.Services.GetRequiredService<IDocumentStore>().Storage.ApplyAllConfiguredChangesToDatabaseAsync(JasperFx.AutoCreate.CreateOrUpdate);
        app.Logger.LogInformation("The database schema is up to date");
    }
    else
    {
        await app.RunAsync();
    }
}
finally
{
    // Also when start-up fails half way, so that no PostgreSQL is left running.
    if (cluster is not null)
    {
        await cluster.StopAsync();
    }
}

public partial class Program;
