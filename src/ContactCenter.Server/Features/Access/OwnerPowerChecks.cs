using ContactCenter.Domain.Access;
using ContactCenter.Domain.Common;
using ContactCenter.Server.Features.Access.Grants;
using ContactCenter.Server.Features.Shared;
using Marten;

namespace ContactCenter.Server.Features.Access;

/// <summary>
/// What the user and role endpoints need to ask <see cref="OwnerPowers"/>: every role and every
/// user as stored now, and the refusal as the API answers it.
/// </summary>
internal static class OwnerPowerChecks
{
    public static async Task<(IReadOnlyList<Role> Roles, IReadOnlyList<StaffUser> Users)> AccountAsync(IQuerySession session, CancellationToken cancellationToken) =>
        (await AccessGrants.RolesAsync(session, cancellationToken), await session.Query<StaffUser>().ToListAsync(cancellationToken));

    /// <summary>403 for a power the actor lacks, 409 for a change that would leave the account without an owner.</summary>
    public static IResult Problem(RuleViolation refusal) =>
        refusal == OwnerPowers.LastOwner ? ApiProblems.Conflict(refusal.Code, refusal.Message) : ApiProblems.Refused(refusal.Code, refusal.Message);
}
