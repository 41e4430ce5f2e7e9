namespace ContactCenter.Domain.Common;

/// <summary>
/// What kind of refusal a rule gives, so that every entry answers it alike (a hub error, an HTTP
/// status) without knowing the rule's code.
/// </summary>
public enum ViolationKind
{
    /// <summary>What the command names does not exist (404).</summary>
    NotFound,

    /// <summary>The caller may not do this, whatever the state (403).</summary>
    Forbidden,

    /// <summary>The input itself is wrong; sending it again as it is never works (400).</summary>
    Invalid,

    /// <summary>The state does not allow it now (409).</summary>
    Conflict,

    /// <summary>What the caller read has changed since (someone else saved it): read it again, then decide (412).</summary>
    Stale,

    /// <summary>Too many writers at the same moment: nothing was stored and sending it again is safe (409, Retry-After).</summary>
    Busy,
}

/// <summary>Why a command was refused: a stable code for clients, a sentence for people, and its kind.</summary>
public sealed record RuleViolation(string Code, string Message, ViolationKind Kind)
{
    /// <summary>Each message of a validation, for clients that show them one by one; empty for a single rule.</summary>
    public IReadOnlyList<string> Errors { get; init; } = [];

    public static RuleViolation NotFound(string code, string message) => new(code, message, ViolationKind.NotFound);

    public static RuleViolation Forbidden(string code, string message) => new(code, message, ViolationKind.Forbidden);

    public static RuleViolation Invalid(string code, string message) => new(code, message, ViolationKind.Invalid);

    public static RuleViolation Conflict(string code, string message) => new(code, message, ViolationKind.Conflict);

    public static RuleViolation Stale(string code, string message) => new(code, message, ViolationKind.Stale);

    public static RuleViolation Busy(string code, string message) => new(code, message, ViolationKind.Busy);
}

/// <summary>The outcome of deciding: events to append (none means an idempotent no-op), or why not.</summary>
public sealed record Decision(IReadOnlyList<object> Events, RuleViolation? Error)
{
    public static readonly Decision NoChange = new([], null);

    public static Decision Accept(params object[] events) => new(events, null);

    public static Decision Refuse(RuleViolation error) => new([], error);
}
