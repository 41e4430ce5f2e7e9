using ContactCenter.Domain.Common;
using Marten;

namespace ContactCenter.Server.Persistence.EventStreams;

/// <summary>
/// What <see cref="StreamWriter{TCommand, TState}"/> needs to know of one kind of stream: how it
/// folds, how a command decides on it, what commits with its events and what is published after.
/// </summary>
public abstract class StreamModel<TCommand, TState>
{
    /// <summary>The aggregate type a new stream is started as.</summary>
    public abstract Type StreamType { get; }

    /// <summary>The refusal of a write that met too many concurrent writers; sending it again is safe.</summary>
    public virtual RuleViolation Conflict { get; } = RuleViolation.Busy("conflict", "This changed at the same moment; try again.");

    public abstract Guid StreamId(TCommand command);

    /// <summary>The state of a stream without events.</summary>
    public abstract TState Empty(Guid streamId);

    public abstract TState Evolve(TState state, object @event);

    /// <summary>
    /// The command's events, none (an idempotent no-op), or the rule that refuses it. An access rule
    /// belongs here too: it is then judged on the same state as the decision, in the same attempt.
    /// </summary>
    public abstract Decision Decide(TCommand command, TState state);

    /// <summary>Stages what must commit in the same transaction as the events (an outbox).</summary>
    public virtual ValueTask StageAsync(IDocumentSession session, TCommand command, StreamCommit<TState> commit, CancellationToken cancellationToken) =>
        ValueTask.CompletedTask;

    /// <summary>Hands a commit on (to a notifier); runs inside the stream's gate, so commits leave in version order.</summary>
    public virtual void Publish(TCommand command, StreamCommit<TState> commit)
    {
    }

    /// <summary>How many streams' states this node keeps at most (<see cref="StreamStates{TState}"/>).</summary>
    public virtual int CachedStreams => 10_000;

    /// <summary>A state that few commands will change again: not worth a place in the cache.</summary>
    public virtual bool Settled(TState state) => false;
}
