using ContactCenter.Domain.Access;
using Marten;

namespace ContactCenter.Server.Features.Access;

public static class AccessModule
{
    public static void Configure(StoreOptions options) =>
        options.Schema.For<StaffUser>().UniqueIndex(u => u.UserName);
}
