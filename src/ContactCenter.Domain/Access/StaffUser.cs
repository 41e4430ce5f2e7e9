using ContactCenter.Domain.Common;

namespace ContactCenter.Domain.Access;

/// <summary>A person who signs in to work: agent, supervisor, admin or owner. Roles are a union.</summary>
public sealed record StaffUser
{
    public required Guid Id { get; init; }
    public required string UserName { get; init; }
    public required string DisplayName { get; init; }
    public required string Email { get; init; }
    public required IReadOnlyList<string> Roles { get; init; }
    public required string PasswordHash { get; init; }
    public IReadOnlyList<string> QueueIds { get; init; } = [];

    /// <summary>What the agent is good at ("billing", "german"): queues may require skills.</summary>
    public IReadOnlyList<string> Skills { get; init; } = [];
    public bool Disabled { get; init; }

    /// <summary>Changes whenever the user's access changes; sessions and tokens carrying an older one are refused.</summary>
    public Guid SecurityStamp { get; init; } = Guid.NewGuid();

    public int FailedSignIns { get; init; }
    public DateTimeOffset? LockedOutUntil { get; init; }

    public bool IsLockedOut(DateTimeOffset now) => LockedOutUntil > now;

    /// <summary>After too many failures in a row the account is locked for a while; brute force gains nothing.</summary>
    public StaffUser WithFailedSignIn(DateTimeOffset now, LockoutPolicy policy) =>
        FailedSignIns + 1 >= policy.MaxFailedSignIns
            ? this with { FailedSignIns = 0, LockedOutUntil = now + policy.LockoutDuration }
            : this with { FailedSignIns = FailedSignIns + 1 };

    public StaffUser WithSuccessfulSignIn() => this with { FailedSignIns = 0, LockedOutUntil = null };

    /// <summary>Ends every session and token of the user: used when access changes.</summary>
    public StaffUser WithNewSecurityStamp() => this with { SecurityStamp = Guid.NewGuid() };

    private string Shown => TextLimits.Shorten(UserName);

    public ValidationErrors Validate() => ValidationErrors.Of(
    [
        string.IsNullOrWhiteSpace(UserName) ? "A user needs a user name." : null,
        TextLimits.TooLong(UserName, TextLimits.UserName, "A user name"),
        UserName.Any(char.IsWhiteSpace) ? $"User name '{Shown}' must not contain spaces." : null,
        string.IsNullOrWhiteSpace(DisplayName) ? $"User '{Shown}' needs a display name." : null,
        TextLimits.TooLong(DisplayName, TextLimits.PersonName, "A display name"),
        TextLimits.TooLong(Email, TextLimits.Email, "An email address"),
        Roles.Count == 0 ? $"User '{Shown}' needs at least one role." : null,
        .. QueueIds.Where(q => !Slug.IsValid(q)).Select(q => $"User '{Shown}' names an invalid queue id '{TextLimits.Shorten(q)}'."),
    ]);
}
