using ContactCenter.Domain.Teams;
using Marten;

namespace ContactCenter.Server.Features.Teams;

public static class TeamsModule
{
    /// <summary>Its documents join the one store (docs/storage.md): the store's setup knows no feature.</summary>
    public static IServiceCollection AddTeamsModule(this IServiceCollection services) => services.ConfigureMarten(Configure);

    private static void Configure(StoreOptions options) => options.Schema.For<Team>();
}
