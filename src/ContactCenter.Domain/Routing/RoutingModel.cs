using ContactCenter.Domain.Queues;

namespace ContactCenter.Domain.Routing;

/// <summary>An agent's global state (docs/domain.md, "Agents"): busy is set by the system, never chosen.</summary>
public enum GlobalState
{
    Offline,
    Ready,
    NotReady,
    Busy,
}

/// <summary>An agent's state on one channel kind, with the conversations in use and offers reserved.</summary>
public sealed record ChannelPresence(ChannelKind Channel, bool Ready, int Capacity, int InUse, int Reserved = 0)
{
    public int FreeCapacity => Capacity - InUse - Reserved;
}

/// <summary>What the router knows of one agent at the moment it decides.</summary>
public sealed record AgentAvailability
{
    public required Guid AgentId { get; init; }
    public required GlobalState State { get; init; }
    public required IReadOnlySet<string> QueueIds { get; init; }
    public required IReadOnlyDictionary<ChannelKind, ChannelPresence> Channels { get; init; }
    public IReadOnlySet<string> Skills { get; init; } = new HashSet<string>();

    /// <summary>Since when the agent has had nothing to do on the routed channel: longest idle goes first.</summary>
    public required DateTimeOffset IdleSince { get; init; }

    public bool CanTake(ChannelKind channel) =>
        State == GlobalState.Ready && Channels.TryGetValue(channel, out var presence) && presence.Ready && presence.FreeCapacity > 0;

    public double Load(ChannelKind channel) =>
        Channels.TryGetValue(channel, out var p) && p.Capacity > 0 ? (double)(p.InUse + p.Reserved) / p.Capacity : 1;

    public AgentAvailability Reserve(ChannelKind channel) =>
        this with { Channels = new Dictionary<ChannelKind, ChannelPresence>(Channels) { [channel] = Channels[channel] with { Reserved = Channels[channel].Reserved + 1 } } };
}

/// <summary>A conversation waiting in a queue, as the router sees it.</summary>
public sealed record WaitingConversation
{
    public required Guid ConversationId { get; init; }
    public required string QueueId { get; init; }
    public required ChannelKind Channel { get; init; }
    public required DateTimeOffset QueuedAt { get; init; }

    /// <summary>What it is ordered by within its priority: when it entered the queue, or earlier for a transferred chat.</summary>
    public DateTimeOffset RankedAt
    {
        get => _rankedAt ?? QueuedAt;
        init => _rankedAt = value;
    }

    private readonly DateTimeOffset? _rankedAt;

    public int Priority { get; init; }

    /// <summary>Agents who rejected or missed it: they are not offered it again.</summary>
    public IReadOnlySet<Guid> DeclinedBy { get; init; } = new HashSet<Guid>();

    /// <summary>Sticky routing: the agent who last served this customer, tried first until <see cref="PreferredUntil"/>.</summary>
    public Guid? PreferredAgentId { get; init; }
    public DateTimeOffset? PreferredUntil { get; init; }

    /// <summary>Queues it overflowed out of: it never moves back into one.</summary>
    public IReadOnlyCollection<string> PastQueueIds { get; init; } = [];
}

/// <summary>A queue's routing rules.</summary>
public sealed record QueueRouting
{
    public required string QueueId { get; init; }
    public RoutingPolicy Policy { get; init; } = RoutingPolicy.LongestIdle;
    public int Priority { get; init; }
    public IReadOnlySet<string> RequiredSkills { get; init; } = new HashSet<string>();

    /// <summary>After this wait, the skill requirement is dropped so the customer is not stuck.</summary>
    public TimeSpan SkillFallbackAfter { get; init; } = TimeSpan.FromMinutes(2);

    /// <summary>Queued longer than this, a conversation moves to <see cref="OverflowQueueId"/>.</summary>
    public TimeSpan? MaxWait { get; init; }
    public string? OverflowQueueId { get; init; }
}

/// <summary>An offer the router makes: it reserves one unit of the agent's capacity on the channel.</summary>
public sealed record Offer(Guid ConversationId, Guid AgentId, string QueueId, ChannelKind Channel);
