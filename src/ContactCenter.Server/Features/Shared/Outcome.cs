using ContactCenter.Domain.Common;

namespace ContactCenter.Server.Features.Shared;

/// <summary>
/// What a use case answers: its value, or the rule that refused it. Each kind of entry turns it into
/// its own answer in one place: <see cref="ApiOutcomes"/> for REST, the hubs' outcome mapping for SignalR.
/// </summary>
public readonly record struct Outcome<T>
{
    private Outcome(T? value, RuleViolation? error) => (Value, Error) = (value, error);

    /// <summary>The answer, when <see cref="Error"/> is null.</summary>
    public T? Value { get; }

    public RuleViolation? Error { get; }

    public static implicit operator Outcome<T>(T value) => new(value, null);

    public static implicit operator Outcome<T>(RuleViolation error) => new(default, error);

    /// <summary>The same refusal as an outcome of another type, or the value turned by <paramref name="map"/>.</summary>
    public Outcome<TOther> Select<TOther>(Func<T, TOther> map) => Error is { } error ? error : map(Value!);
}

/// <summary>Outcomes of values that do not convert by themselves (collection expressions, interfaces).</summary>
public static class Outcome
{
    public static Outcome<T> Of<T>(T value) => value;
}
