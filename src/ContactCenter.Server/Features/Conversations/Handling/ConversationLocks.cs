namespace ContactCenter.Server.Features.Conversations.Handling;

/// <summary>
/// One gate per conversation on this node: writes to one conversation run one after another, so
/// concurrent writers on a node never meet as version conflicts, and each commit is handed to the
/// notifier before the next one starts (pushes leave in version order, docs/realtime.md, rule 12). Writes to
/// different conversations never wait on each other. Gates exist only while someone uses them.
/// </summary>
public sealed class ConversationLocks
{
    private readonly Dictionary<Guid, Gate> _gates = [];

    /// <summary>Waits for the conversation's gate; false when <paramref name="patience"/> ran out first.</summary>
    public async Task<Lease?> EnterAsync(Guid conversationId, TimeSpan patience, CancellationToken cancellationToken)
    {
        Gate gate;
        lock (_gates)
        {
            if (!_gates.TryGetValue(conversationId, out gate!))
            {
                gate = new Gate();
                _gates[conversationId] = gate;
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
                Leave(conversationId, gate, release: false);
            }
        }

        return entered ? new Lease(this, conversationId, gate) : null;
    }

    private void Leave(Guid conversationId, Gate gate, bool release)
    {
        if (release)
        {
            gate.Semaphore.Release();
        }

        lock (_gates)
        {
            if (--gate.Users == 0)
            {
                _gates.Remove(conversationId);
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
        private readonly ConversationLocks _owner;
        private readonly Guid _conversationId;
        private Gate? _gate;

        internal Lease(ConversationLocks owner, Guid conversationId, object gate)
        {
            _owner = owner;
            _conversationId = conversationId;
            _gate = (Gate)gate;
        }

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _gate, null) is { } gate)
            {
                _owner.Leave(_conversationId, gate, release: true);
            }
        }
    }
}
