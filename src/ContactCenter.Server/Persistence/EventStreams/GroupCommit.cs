using System.Diagnostics;
using Marten;

namespace ContactCenter.Server.Persistence.EventStreams;

/// <summary>
/// Commits the writes of different streams that are ready at the same moment in one transaction
/// (docs/storage.md, "Group commit"): a write waits only while another batch commits, then goes with
/// whatever else queued meanwhile, so many writers pay for one round of loads, one batch and one
/// COMMIT instead of one each. Each writer still holds its stream's gate, so a batch never holds two
/// writes of one stream, and each is answered only once its batch is durable. A stream that meets a
/// concurrent writer fails alone: the batch is rolled back and committed again without it.
/// </summary>
internal sealed class GroupCommit<TCommand, TState>(IDocumentStore store, StreamModel<TCommand, TState> model)
{
    /// <summary>Batches in flight at once: one commits while the next one fills.</summary>
    private const int InFlight = 2;
    private const int MostPerBatch = 64;
    private readonly Queue<Pending> _queue = [];
    private int _running;

    /// <summary>One stream's decided write, waiting for its batch.</summary>
    internal sealed class Pending(TCommand command, long version, object[] events, StreamCommit<TState> commit)
    {
        public TCommand Command { get; } = command;
        public long Version { get; } = version;
        public object[] Events { get; } = events;
        public StreamCommit<TState> Commit { get; } = commit;
        public TaskCompletionSource Done { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        /// <summary>The writer's trace (its request or hub call), which a batch it leads is recorded under.</summary>
        public Activity? Trace { get; } = Activity.Current;
    }

    /// <summary>Completes once the write is committed; faults with what failed it (a conflict of its own stream, or the store).</summary>
    public Task CommitAsync(Pending write)
    {
        var start = false;
        lock (_queue)
        {
            _queue.Enqueue(write);
            if (_running < InFlight)
            {
                _running++;
                start = true;
            }
        }

        if (start)
        {
            _ = Task.Run(DrainAsync);
        }

        return write.Done.Task;
    }

    private async Task DrainAsync()
    {
        while (true)
        {
            var batch = new List<Pending>();
            lock (_queue)
            {
                while (batch.Count < MostPerBatch && _queue.TryDequeue(out var next))
                {
                    batch.Add(next);
                }

                if (batch.Count == 0)
                {
                    _running--;
                    return;
                }
            }

            await CommitTogetherAsync(batch);
        }
    }

    /// <summary>One batch: all of it in one transaction, or, when part of it fails, each part on its own.</summary>
    internal async Task CommitTogetherAsync(IReadOnlyList<Pending> batch)
    {
        try
        {
            await SaveAsync(batch);
            foreach (var write in batch)
            {
                write.Done.TrySetResult();
            }
        }
        catch (Exception e) when (batch.Count > 1)
        {
            // The whole transaction rolled back. A conflict names its stream: that write alone is
            // answered with it (its writer decides again) and the others commit without it. A
            // conflict that names no stream, or a statement the database refused, is not pinned on
            // one write, so each commits on its own and meets its own fate. A store that cannot be
            // reached fails every write at once, as it would have failed each (trying them one by
            // one would only make the last wait longest).
            var culprit = StreamConflicts.StreamOf(e) is { } id ? batch.FirstOrDefault(w => model.StreamId(w.Command) == id) : null;
            if (culprit is not null)
            {
                culprit.Done.TrySetException(e);
                await CommitTogetherAsync([.. batch.Where(w => w != culprit)]);
            }
            else if (StreamConflicts.IsUnnamed(e) || RefusedByDatabase(e))
            {
                foreach (var write in batch)
                {
                    await CommitTogetherAsync([write]);
                }
            }
            else
            {
                foreach (var write in batch)
                {
                    write.Done.TrySetException(e);
                }
            }
        }
        catch (Exception e)
        {
            batch[0].Done.TrySetException(e);
        }
    }

    private async Task SaveAsync(IReadOnlyList<Pending> batch)
    {
        // Traced under its first writer's call, not under whichever call started this loop.
        Activity.Current = batch[0].Trace;
        // One pooled connection for the batch: the inline projections' loads, the append and the commit.
        await using var connection = store.Storage.Database.CreateConnection();
        await connection.OpenAsync();
        await using var session = store.LightweightSession(Marten.Services.SessionOptions.ForConnection(connection));
        foreach (var write in batch)
        {
            var streamId = model.StreamId(write.Command);
            if (write.Version == 0)
            {
                session.Events.StartStream(model.StreamType, streamId, write.Events);
            }
            else
            {
                session.Events.Append(streamId, write.Version + write.Events.Length, write.Events);
            }

            await model.StageAsync(session, write.Command, write.Commit, CancellationToken.None);
        }

        // Not cancelled by any one caller: the batch carries others' writes too.
        await session.SaveChangesAsync(CancellationToken.None);
    }

    private static bool RefusedByDatabase(Exception? e)
    {
        for (; e is not null; e = e.InnerException)
        {
            if (e is Npgsql.PostgresException)
            {
                return true;
            }
        }

        return false;
    }
}
