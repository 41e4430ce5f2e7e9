namespace ContactCenter.Server.Persistence.EventStreams;

/// <summary>
/// The decision state of the streams this node wrote or read lately, so a command decides without
/// reading and folding its stream again. Bounded: past its capacity the least recently used entry
/// goes. Only a hint: a write decided on it carries the version it was decided on, which the
/// database checks, so an entry made stale by another node fails its write and is read afresh.
/// Callers hold the stream's gate while they read or change its entry.
/// </summary>
internal sealed class StreamStates<TState>(int capacity)
{
    private readonly Dictionary<Guid, LinkedListNode<Known>> _entries = [];
    private readonly LinkedList<Known> _recency = [];

    public readonly record struct Known(Guid StreamId, TState State, long Version);

    public bool TryGet(Guid streamId, out Known known)
    {
        lock (_entries)
        {
            if (_entries.TryGetValue(streamId, out var node))
            {
                _recency.Remove(node);
                _recency.AddFirst(node);
                known = node.Value;
                return true;
            }
        }

        known = default;
        return false;
    }

    public void Remember(Guid streamId, TState state, long version)
    {
        lock (_entries)
        {
            if (_entries.Remove(streamId, out var old))
            {
                _recency.Remove(old);
            }

            _entries[streamId] = _recency.AddFirst(new Known(streamId, state, version));
            if (_entries.Count > capacity && _recency.Last is { } oldest)
            {
                _recency.RemoveLast();
                _entries.Remove(oldest.Value.StreamId);
            }
        }
    }

    public void Forget(Guid streamId)
    {
        lock (_entries)
        {
            if (_entries.Remove(streamId, out var node))
            {
                _recency.Remove(node);
            }
        }
    }
}
