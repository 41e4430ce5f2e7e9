namespace ContactCenter.Server.Persistence.EventStreams;

/// <summary>
/// One gate per stream on this node: writes to one stream run one after another, so concurrent
/// writers on a node never meet as version conflicts, and each commit is published before the next
/// one starts (pushes leave in version order, docs/realtime.md, rule 12). Writes to different
/// streams never wait on each other. Gates exist only while someone uses them.
/// </summary>
public sealed class StreamGates
{
    private readonly Dictionary<Guid, Gate> _gates = [];

    /// <summary>Waits for the stream's gate; false when <paramref name="patience"/> ran out first.</summary>
    public async Task<Lease?> EnterAsync(Guid streamId, TimeSpan patience, CancellationToken cancellationToken)
    {
        Gate gate;
        lock (_gates)
        {
            if (!_gates.TryGetValue(streamId, out gate!))
            {
                gate = new Gate();
                _gates[streamId] = gate;
            }

            gate.Users++;
        }

        var entered = false;
        try
        {
            entered = await gate.Semaphore.WaitAsync(patience, cancellationToken);
        }
        finally
        {
            if (!entered)
            {
                Leave(streamId, gate, release: false);
            }
        }

        return entered ? new Lease(this, streamId, gate) : null;
    }

    private void Leave(Guid streamId, Gate gate, bool release)
    {
        if (release)
        {
            gate.Semaphore.Release();
        }

        lock (_gates)
        {
            if (--gate.Users == 0)
            {
                _gates.Remove(streamId);
                gate.Semaphore.Dispose();
            }
        }
    }

    private sealed class Gate
    {
        public SemaphoreSlim Semaphore { get; } = new(1, 1);

        public int Users { get; set; }
    }

    /// <summary>Held while one write runs; disposing it lets the next writer in.</summary>
    public sealed class Lease : IDisposable
    {
        private readonly StreamGates _owner;
        private readonly Guid _streamId;
        private Gate? _gate;

        internal Lease(StreamGates owner, Guid streamId, object gate)
        {
            _owner = owner;
            _streamId = streamId;
            _gate = (Gate)gate;
        }

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _gate, null) is { } gate)
            {
                _owner.Leave(_streamId, gate, release: true);
            }
        }
    }
}
