using Marten;

namespace ContactCenter.Server.Hosting.Seeding;

internal static class SeedingModule
{
    public static void Configure(StoreOptions options) => options.Schema.For<SeedMark>();
}
