using ContactCenter.Domain.Teams;
using Marten;

namespace ContactCenter.Server.Features.Teams;

public static class TeamsModule
{
    public static void Configure(StoreOptions options) => options.Schema.For<Team>();
}
