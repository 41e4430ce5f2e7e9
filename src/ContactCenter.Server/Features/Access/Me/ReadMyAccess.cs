using ContactCenter.Contracts.Access;
using ContactCenter.Domain.Access;

namespace ContactCenter.Server.Features.Access.Me;

/// <summary>The signed-in user and their permissions, in a stable order: what screens show or hide by.</summary>
public static class ReadMyAccess
{
    public static MyAccess Of(AccessGrant caller) => new(caller.UserId, caller.UserName, [.. caller.Permissions.Order(StringComparer.Ordinal)]);
}
