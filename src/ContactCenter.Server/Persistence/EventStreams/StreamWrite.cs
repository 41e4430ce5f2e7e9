using ContactCenter.Domain.Common;

namespace ContactCenter.Server.Persistence.EventStreams;

/// <summary>One committed event with the version it got and the state it left.</summary>
public sealed record StreamStep<TState>(long Version, object Event, TState State);

/// <summary>What one write committed: the state before and each new step.</summary>
public sealed record StreamCommit<TState>(Guid StreamId, TState Before, IReadOnlyList<StreamStep<TState>> Steps)
{
    public TState After => Steps[^1].State;

    public long Version => Steps[^1].Version;
}

/// <summary>
/// The answer to a write: the state and version it was decided on (or reached), the refusal if
/// any, and the commit if one was made. A write that changed nothing has neither.
/// </summary>
public sealed record StreamWrite<TState>(TState State, long Version, RuleViolation? Error = null, StreamCommit<TState>? Commit = null);
