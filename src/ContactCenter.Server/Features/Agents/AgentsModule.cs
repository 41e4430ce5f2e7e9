using ContactCenter.Domain.Agents;
using Marten;

namespace ContactCenter.Server.Features.Agents;

public static class AgentsModule
{
    public static void Configure(StoreOptions options) => options.Schema.For<ReasonCode>();
}
