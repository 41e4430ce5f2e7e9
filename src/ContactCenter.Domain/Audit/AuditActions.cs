namespace ContactCenter.Domain.Audit;

/// <summary>The audit log's action names: stable, since admins filter by them.</summary>
public static class AuditActions
{
    public const string SignInSucceeded = "sign-in.succeeded";
    public const string SignInFailed = "sign-in.failed";
    public const string SignInLockedOut = "sign-in.locked-out";
    public const string UserCreated = "user.created";
    public const string UserRolesChanged = "user.roles-changed";
    public const string UserDisabled = "user.disabled";
    public const string UserEnabled = "user.enabled";
    public const string RoleCreated = "role.created";
    public const string RoleChanged = "role.changed";
    public const string RoleDeleted = "role.deleted";
    public const string TeamCreated = "team.created";
    public const string TeamChanged = "team.changed";
    public const string TeamDeleted = "team.deleted";
    public const string SettingsChanged = "settings.changed";
    public const string CustomerPiiRead = "customer.pii-read";
    public const string CustomerCreated = "customer.created";
    public const string CustomerChanged = "customer.changed";
    public const string AccessRefused = "access.refused";
}
