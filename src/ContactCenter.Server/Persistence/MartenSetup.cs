using ContactCenter.Server.Features.Access;
using ContactCenter.Server.Features.Agents;
using ContactCenter.Server.Features.Analytics;
using ContactCenter.Server.Features.Audit;
using ContactCenter.Server.Features.Conversations;
using ContactCenter.Server.Features.Customers;
using ContactCenter.Server.Features.Integrations;
using ContactCenter.Server.Features.Routing;
using ContactCenter.Server.Features.Queues;
using ContactCenter.Server.Features.Teams;
using ContactCenter.Server.Hosting.Database;
using ContactCenter.Server.Hosting.Seeding;
using JasperFx;
using Marten;
using Npgsql;
using Weasel.Core;

namespace ContactCenter.Server.Persistence;

/// <summary>The one Marten setup: strict serialization, metadata, and each module's documents and projections.</summary>
public static class MartenSetup
{
    public static IServiceCollection AddContactCenterStore(this IServiceCollection services, string connectionString, DatabaseOptions database)
    {
        services.AddSingleton(_ => new NpgsqlDataSourceBuilder(connectionString).Build());
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

        AccessModule.Configure(options);
        AuditModule.Configure(options);
        QueuesModule.Configure(options);
        TeamsModule.Configure(options);
        AgentsModule.Configure(options);
        CustomersModule.Configure(options);
        ConversationsModule.Configure(options);
        AnalyticsModule.Configure(options);
        IntegrationsModule.Configure(options);
        options.Schema.For<RouterEpoch>();
        options.Storage.ExtendedSchemaObjects.Add(RouterLease.Schema(database.Schema));
        SeedingModule.Configure(options);
    }
}
