namespace ContactCenter.Contracts.Access;

/// <summary>The signed-in user and what they may do; the UI hides controls from this, the server enforces it.</summary>
/// <param name="UserId">The user's id.</param>
/// <param name="UserName">The user name.</param>
/// <param name="Permissions">The catalog permissions the user's roles grant.</param>
public sealed record MyAccess(Guid UserId, string UserName, IReadOnlyList<string> Permissions);

/// <summary>A staff user as settings show it; never the password hash.</summary>
/// <param name="Id">The user's id.</param>
/// <param name="UserName">The user name.</param>
/// <param name="DisplayName">The name shown to colleagues and customers.</param>
/// <param name="Email">Work email.</param>
/// <param name="Roles">Role ids; the union of their permissions applies.</param>
/// <param name="QueueIds">Queues the user is a member of.</param>
/// <param name="Disabled">A disabled user cannot sign in and loses every session.</param>
/// <param name="Skills">What the agent is good at ("billing", "german"); queues may require skills.</param>
public sealed record UserDto(Guid Id, string UserName, string DisplayName, string Email, IReadOnlyList<string> Roles, IReadOnlyList<string> QueueIds, bool Disabled, IReadOnlyList<string> Skills);

/// <summary>A new staff user.</summary>
/// <param name="UserName">Unique user name without spaces.</param>
/// <param name="DisplayName">Shown name.</param>
/// <param name="Email">Work email.</param>
/// <param name="Password">Initial password, at least 8 characters.</param>
/// <param name="Roles">Role ids.</param>
/// <param name="QueueIds">Queue ids.</param>
public sealed record CreateUserRequest(string UserName, string DisplayName, string Email, string Password, IReadOnlyList<string> Roles, IReadOnlyList<string> QueueIds);

/// <summary>A role: built-in (fixed) or custom (an admin's).</summary>
/// <param name="Id">Stable id such as "agent" or "night-shift-lead".</param>
/// <param name="Name">Display name.</param>
/// <param name="Description">What the role is for.</param>
/// <param name="Permissions">Catalog permission names.</param>
/// <param name="IsBuiltIn">Built-in roles cannot be changed or deleted.</param>
public sealed record RoleDto(string Id, string Name, string Description, IReadOnlyList<string> Permissions, bool IsBuiltIn);

/// <summary>A custom role to create or replace.</summary>
/// <param name="Id">Stable id: lowercase letters, digits and dashes.</param>
/// <param name="Name">Display name.</param>
/// <param name="Description">What the role is for.</param>
/// <param name="Permissions">Catalog permission names.</param>
public sealed record RoleRequest(string Id, string Name, string Description, IReadOnlyList<string> Permissions);

/// <summary>One entry of the permission catalog.</summary>
/// <param name="Name">Stable name such as "conversations.subscribed.end".</param>
/// <param name="Area">Group shown in the role editor.</param>
/// <param name="Description">What it allows.</param>
public sealed record PermissionDto(string Name, string Area, string Description);

/// <summary>One audit log entry.</summary>
/// <param name="Id">Entry id.</param>
/// <param name="ActorId">Who acted, when known.</param>
/// <param name="ActorName">Who acted, by name.</param>
/// <param name="Action">What was done, such as "user.roles-changed".</param>
/// <param name="Target">What it was done to, such as "user:alex.agent".</param>
/// <param name="Details">Further facts; never personal data in clear.</param>
/// <param name="From">The client's address.</param>
/// <param name="At">When.</param>
public sealed record AuditEntryDto(Guid Id, Guid? ActorId, string ActorName, string Action, string Target, string Details, string From, DateTimeOffset At);
