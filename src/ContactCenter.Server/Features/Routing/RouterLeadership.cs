namespace ContactCenter.Server.Features.Routing;

/// <summary>
/// Whether this node leads routing and under which epoch, for health and for tests; and a freeze
/// switch that stops this node's router (lease renewal and routing rounds) where it stands, as a
/// SIGSTOP or a long GC pause would, so failover can be tested in one process.
/// </summary>
public sealed class RouterLeadership
{
    private readonly Lock _lock = new();
    private readonly List<(Func<long?, bool> Condition, TaskCompletionSource<long?> Done)> _waiting = [];
    private TaskCompletionSource _thawed = Thawed();

    /// <summary>The epoch this node leads under, or null while it stands by.</summary>
    public long? Epoch { get; private set; }

    /// <summary>Completes (with the epoch) once <paramref name="condition"/> holds for it, now or later.</summary>
    public Task<long?> WhenAsync(Func<long?, bool> condition)
    {
        lock (_lock)
        {
            if (condition(Epoch))
            {
                return Task.FromResult(Epoch);
            }

            var done = new TaskCompletionSource<long?>(TaskCreationOptions.RunContinuationsAsynchronously);
            _waiting.Add((condition, done));
            return done.Task;
        }
    }

    /// <summary>Test hook: this node's router stops at its next step, as if the process hung.</summary>
    public void Freeze()
    {
        lock (_lock)
        {
            if (_thawed.Task.IsCompleted)
            {
                _thawed = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            }
        }
    }

    /// <summary>Test hook: the router carries on from where it stood.</summary>
    public void Thaw()
    {
        lock (_lock)
        {
            _thawed.TrySetResult();
        }
    }

    internal Task WhileFrozenAsync(CancellationToken cancellationToken)
    {
        lock (_lock)
        {
            return _thawed.Task.WaitAsync(cancellationToken);
        }
    }

    internal void Set(long? epoch)
    {
        lock (_lock)
        {
            Epoch = epoch;
            foreach (var waiter in _waiting.Where(w => w.Condition(epoch)).ToList())
            {
                _waiting.Remove(waiter);
                waiter.Done.TrySetResult(epoch);
            }
        }
    }

    private static TaskCompletionSource Thawed()
    {
        var thawed = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        thawed.SetResult();
        return thawed;
    }
}
