using ContactCenter.Domain.Access;
using ContactCenter.Server.Features.Access.Grants;
using ContactCenter.Server.Features.Shared;
using Marten;

namespace ContactCenter.Server.Features.Access;

/// <summary>
/// What the user and role endpoints need to ask <see cref="OwnerPowers"/>: every role and every
/// user as stored now. Their refusals are answered by kind (<see cref="ApiOutcomes"/>).
/// </summary>
internal static class OwnerPowerChecks
{
    public static async Task<(IReadOnlyList<Role> Roles, IReadOnlyList<StaffUser> Users)> AccountAsync(IQuerySession session, CancellationToken cancellationToken) =>
        (await AccessGrants.RolesAsync(session, cancellationToken), await session.Query<StaffUser>().ToListAsync(cancellationToken));
}
