using ContactCenter.Domain.Access;
using ContactCenter.Server.Features.Access.DataProtection;
using Marten;

namespace ContactCenter.Server.Features.Access;

public static class AccessModule
{
    /// <summary>Its documents join the one store (docs/storage.md): the store's setup knows no feature.</summary>
    public static IServiceCollection AddAccessModule(this IServiceCollection services) => services.ConfigureMarten(Configure);

    private static void Configure(StoreOptions options)
    {
        // Versioned: concurrent sign-in failures and admin edits on one user must not overwrite each other.
        options.Schema.For<StaffUser>().UniqueIndex(u => u.UserName).UseOptimisticConcurrency(true);
        options.Schema.For<Role>();
        options.Schema.For<Grants.RevokedSession>();
        options.Schema.For<DataProtectionKey>();
    }
}
