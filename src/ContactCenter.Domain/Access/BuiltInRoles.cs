namespace ContactCenter.Domain.Access;

/// <summary>
/// The five built-in roles, each including the one before it (see DOMAIN.md). Their names are
/// stable: they are stored on users and written into the audit log.
/// </summary>
public static class BuiltInRoles
{
    public const string Agent = "agent";
    public const string SeniorAgent = "senior-agent";
    public const string Supervisor = "supervisor";
    public const string Admin = "admin";
    public const string Owner = "owner";

    /// <summary>From least to most privileged.</summary>
    public static readonly IReadOnlyList<string> Ladder = [Agent, SeniorAgent, Supervisor, Admin, Owner];

    public static bool IsBuiltIn(string role) => Ladder.Contains(role);
}
