using ContactCenter.Domain.Agents;

namespace ContactCenter.Domain.Metrics.Floor;

/// <summary>
/// The contact center's floor now and its tallies of today, folded from committed conversation
/// steps and agent presence (docs/domain.md, "Figures"). Pure: no clock, no I/O; the day moves
/// only when <see cref="RollTo"/> is told the time. Mutable on purpose: it folds every step of a
/// day in one process, and copying its maps at each chat message would allocate per message.
/// Not thread-safe: its one owner serialises the calls.
/// </summary>
public sealed partial class LiveFloor
{
    private readonly Dictionary<Guid, LiveConversation> _conversations = [];
    private readonly Dictionary<Guid, (AgentPresence Presence, long Version)> _agents = [];
    private Dictionary<string, QueueDay> _days = new(StringComparer.Ordinal);

    public LiveFloor(DateTimeOffset now, TimeZoneInfo zone)
    {
        Zone = zone;
        Today = MetricPeriods.Resolve(MetricPeriods.Today, now, zone)!;
    }

    public TimeZoneInfo Zone { get; }

    /// <summary>The calendar day whose tallies are kept, in the deployment's time zone.</summary>
    public MetricPeriod Today { get; private set; }

    public IEnumerable<LiveConversation> Conversations => _conversations.Values;

    public IEnumerable<AgentPresence> Agents => _agents.Values.Select(a => a.Presence);

    public LiveConversation? Find(Guid conversationId) => _conversations.GetValueOrDefault(conversationId);

    /// <summary>The version folded for a conversation, 0 when unknown: its owner feeds steps after it, in order.</summary>
    public long VersionOf(Guid conversationId) => _conversations.TryGetValue(conversationId, out var c) ? c.Version : 0;

    public long PresenceVersionOf(Guid agentId) => _agents.TryGetValue(agentId, out var a) ? a.Version : 0;

    public QueueDay DayOf(string queueId) => _days.GetValueOrDefault(queueId) ?? new QueueDay();

    public AgentPresence PresenceOf(Guid agentId) => _agents.TryGetValue(agentId, out var a) ? a.Presence : AgentPresence.Initial(agentId);

    /// <summary>
    /// At the first moment of a later day, today's tallies start from nothing and settled
    /// conversations are forgotten; live ones (a chat crossing midnight) stay. True when it rolled.
    /// </summary>
    public bool RollTo(DateTimeOffset now)
    {
        if (now < Today.To)
        {
            return false;
        }

        Today = MetricPeriods.Resolve(MetricPeriods.Today, now, Zone)!;
        _days = new(StringComparer.Ordinal);
        foreach (var settled in _conversations.Values.Where(c => c.IsSettled).Select(c => c.Id).ToArray())
        {
            _conversations.Remove(settled);
        }

        return true;
    }

    /// <summary>Folds an agent's presence as committed at <paramref name="version"/>; an older or repeated one changes nothing.</summary>
    public FloorChange Apply(AgentPresence presence, long version)
    {
        if (version <= PresenceVersionOf(presence.AgentId))
        {
            return FloorChange.None;
        }

        _agents[presence.AgentId] = (presence, version);
        return new FloorChange([], [presence.AgentId]);
    }

    /// <summary>Folds one presence event, the agent's stream at <paramref name="version"/> after it.</summary>
    public FloorChange Apply(AgentPresenceEvent @event, long version) =>
        version <= PresenceVersionOf(@event.AgentId) ? FloorChange.None : Apply(AgentPresence.Evolve(PresenceOf(@event.AgentId), @event), version);

    private QueueDay Tally(string queueId)
    {
        if (!_days.TryGetValue(queueId, out var day))
        {
            _days[queueId] = day = new QueueDay();
        }

        return day;
    }
}
