namespace ContactCenter.Server.Persistence.EventStreams;

/// <summary>
/// Streams another node wrote lately, learned from a conflict. With several nodes a chat's
/// customer and agent are usually on different nodes, so its stream is written by both, and a
/// state this node cached is stale after every write of the other's: deciding on it fails the
/// commit (and every other write of the batch with it) before the write is decided again. For a
/// while after a conflict the writer asks for the stream's version first, one indexed read,
/// instead. Bounded in count and time: streams only this node writes keep the read-free path.
/// </summary>
internal sealed class ContestedStreams(TimeProvider clock)
{
    private const int Capacity = 10_000;
    private static readonly TimeSpan Memory = TimeSpan.FromMinutes(2);
    private readonly Dictionary<Guid, DateTimeOffset> _until = [];

    public void Mark(Guid streamId)
    {
        var now = clock.GetUtcNow();
        lock (_until)
        {
            if (_until.Count >= Capacity)
            {
                foreach (var (id, until) in _until.Where(e => e.Value <= now).ToList())
                {
                    _until.Remove(id);
                }
            }

            if (_until.Count < Capacity)
            {
                _until[streamId] = now + Memory;
            }
        }
    }

    public bool IsContested(Guid streamId)
    {
        lock (_until)
        {
            if (!_until.TryGetValue(streamId, out var until))
            {
                return false;
            }

            if (until > clock.GetUtcNow())
            {
                return true;
            }

            _until.Remove(streamId);
            return false;
        }
    }
}
