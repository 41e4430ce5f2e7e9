using Marten;

namespace ContactCenter.Server.Persistence.EventStreams;

/// <summary>
/// The one write path of event streams (docs/storage.md, rule 1): take the stream's gate on this
/// node, take its state (cached, or read and folded), decide, append with the expected version,
/// commit with what the model stages (together with other streams' writes ready at the same moment,
/// <see cref="GroupCommit{TCommand, TState}"/>), then publish inside the gate. A conflict with another node
/// forgets the cached state and runs the whole attempt again with jittered back-off; a write that
/// still cannot get through is answered with the model's retryable conflict refusal, never an exception.
/// </summary>
public sealed class StreamWriter<TCommand, TState>(IDocumentStore store, StreamModel<TCommand, TState> model)
{
    private const int Attempts = 8;
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(10);
    private readonly StreamGates _gates = new();
    private readonly StreamStates<TState> _states = new(model.CachedStreams);
    private readonly GroupCommit<TCommand, TState> _group = new(store, model);
    private readonly ContestedStreams _contested = new(TimeProvider.System);
    private long _conflicts;

    /// <summary>Commits of this writer that met another writer's change: each is decided again, or after the last attempt answered as busy.</summary>
    public long Conflicts => Interlocked.Read(ref _conflicts);

    public async Task<StreamWrite<TState>> WriteAsync(TCommand command, CancellationToken cancellationToken)
    {
        var streamId = model.StreamId(command);
        for (var attempt = 1; ; attempt++)
        {
            using (var lease = await _gates.EnterAsync(streamId, Patience, cancellationToken))
            {
                if (lease is null)
                {
                    return new StreamWrite<TState>(model.Empty(streamId), 0, model.Conflict);
                }

                try
                {
                    return await TryOnceAsync(streamId, command, cancellationToken);
                }
                catch (Exception e) when (StreamConflicts.IsConflict(e) && attempt < Attempts)
                {
                    Interlocked.Increment(ref _conflicts);
                    _contested.Mark(streamId);
                }
                catch (Exception e) when (StreamConflicts.IsConflict(e))
                {
                    Interlocked.Increment(ref _conflicts);
                    return new StreamWrite<TState>(model.Empty(streamId), 0, model.Conflict);
                }
            }

            // Back off out of step with the other node's writer (jitter), a little longer each time.
            await Task.Delay(TimeSpan.FromMilliseconds(Random.Shared.Next(5, 20) * attempt), cancellationToken);
        }
    }

    private async Task<StreamWrite<TState>> TryOnceAsync(Guid streamId, TCommand command, CancellationToken cancellationToken)
    {
        var cached = _states.TryGet(streamId, out var known);
        // Another node writes this stream too: the cached state is worth using only at its version.
        if (cached && _contested.IsContested(streamId) && await VersionAsync(streamId, cancellationToken) != known.Version)
        {
            cached = false;
        }

        var (state, version) = cached ? (known.State, known.Version) : await ReadAsync(streamId, cancellationToken);
        var decision = model.Decide(command, state);
        // A refusal or a no-op writes nothing, so no expected version vouches for the cached state it
        // was decided on (another node may have written since): decide again on the stream if it moved.
        if (cached && decision.Events.Count == 0 && await VersionAsync(streamId, cancellationToken) != version)
        {
            (state, version) = await ReadAsync(streamId, cancellationToken);
            decision = model.Decide(command, state);
        }

        if (decision.Events.Count == 0)
        {
            return new StreamWrite<TState>(state, version, decision.Error);
        }

        var events = decision.Events.ToArray();
        var commit = Commit(streamId, state, version, events);
        // Forgotten until the commit is known to have succeeded: a failed or unknown outcome leaves
        // nothing cached, and the next write reads the stream.
        _states.Forget(streamId);
        // With the other streams' writes that are ready now, in one transaction; not cancelled once
        // queued, so a commit that lands is always remembered and published here, inside the gate.
        await _group.CommitAsync(new GroupCommit<TCommand, TState>.Pending(command, version, events, commit));
        Remember(streamId, commit.After, commit.Version);
        model.Publish(command, commit);
        return new StreamWrite<TState>(commit.After, commit.Version, Commit: commit);
    }

    private async Task<(TState State, long Version)> ReadAsync(Guid streamId, CancellationToken cancellationToken)
    {
        await using var session = store.QuerySession();
        var events = await session.Events.FetchStreamAsync(streamId, token: cancellationToken);
        var state = model.Empty(streamId);
        foreach (var e in events)
        {
            state = model.Evolve(state, e.Data);
        }

        var version = events.Count == 0 ? 0 : events[^1].Version;
        Remember(streamId, state, version);
        return (state, version);
    }

    private async Task<long> VersionAsync(Guid streamId, CancellationToken cancellationToken)
    {
        await using var session = store.QuerySession();
        return (await session.Events.FetchStreamStateAsync(streamId, cancellationToken))?.Version ?? 0;
    }

    // Streams not started yet are not kept: ids nobody wrote to would crowd out live streams.
    private void Remember(Guid streamId, TState state, long version)
    {
        if (version > 0 && !model.Settled(state))
        {
            _states.Remember(streamId, state, version);
        }
        else
        {
            _states.Forget(streamId);
        }
    }

    private StreamCommit<TState> Commit(Guid streamId, TState before, long version, object[] events)
    {
        var state = before;
        var steps = new List<StreamStep<TState>>(events.Length);
        foreach (var e in events)
        {
            state = model.Evolve(state, e);
            steps.Add(new StreamStep<TState>(++version, e, state));
        }

        return new StreamCommit<TState>(streamId, before, steps);
    }
}
