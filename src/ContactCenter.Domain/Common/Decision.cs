namespace ContactCenter.Domain.Common;

/// <summary>Why a command was refused: a stable code for clients and a sentence for people.</summary>
public sealed record RuleViolation(string Code, string Message);

/// <summary>The outcome of deciding: events to append (none means an idempotent no-op), or why not.</summary>
public sealed record Decision(IReadOnlyList<object> Events, RuleViolation? Error)
{
    public static readonly Decision NoChange = new([], null);

    public static Decision Accept(params object[] events) => new(events, null);

    public static Decision Refuse(RuleViolation error) => new([], error);
}
