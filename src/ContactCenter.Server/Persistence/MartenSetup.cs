using ContactCenter.Server.Hosting.Database;
using JasperFx;
using Marten;
using Npgsql;
using Weasel.Core;

namespace ContactCenter.Server.Persistence;

/// <summary>
/// The one Marten setup: strict serialization and metadata. It knows no feature: each module adds
/// its documents, events and projections with <c>services.ConfigureMarten</c> (its <c>Add…Module</c>),
/// which Marten applies to these options when it builds the store.
/// </summary>
public static class MartenSetup
{
    public static IServiceCollection AddContactCenterStore(this IServiceCollection services, string connectionString, DatabaseOptions database)
    {
        // Npgsql logs through the host's logging, so its warnings reach the server's log.
        services.AddSingleton(provider => PooledConnections.Configure(new NpgsqlDataSourceBuilder(connectionString), connectionString)
            .UseLoggerFactory(provider.GetRequiredService<ILoggerFactory>())
            .Build());
        services.AddSingleton(new DatabaseConnection(connectionString, database.Schema));
        var marten = services.AddMarten(options => Configure(options, database))
            .UseNpgsqlDataSource()
            .UseLightweightSessions();
        if (database.ApplyChangesOnStart)
        {
            marten.ApplyAllDatabaseChangesOnStartup();
        }

        return services;
    }

    internal static void Configure(StoreOptions options, DatabaseOptions database)
    {
        options.DatabaseSchemaName = database.Schema;
        // Nodes of a multi-node deploy never change the schema; `migrate` does, once.
        options.AutoCreateSchemaObjects = database.ApplyChangesOnStart ? AutoCreate.CreateOrUpdate : AutoCreate.None;
        options.UseSystemTextJsonForSerialization(EnumStorage.AsString);

        // Without it the async daemon's lock fails here (docs/environment.md, "The Marten package shim").
        options.Events.UseAdvisoryLockTransaction = true;
        options.Events.MetadataConfig.CorrelationIdEnabled = true;
        options.Events.MetadataConfig.CausationIdEnabled = true;
        options.Events.MetadataConfig.HeadersEnabled = true;

        options.Storage.ExtendedSchemaObjects.Add(RouterLease.Schema(database.Schema));
    }
}
