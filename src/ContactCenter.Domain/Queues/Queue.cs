using ContactCenter.Domain.Common;

namespace ContactCenter.Domain.Queues;

/// <summary>
/// Where conversations wait for an agent. Members are the users whose queue list names it and the
/// members of the teams it lists (see <see cref="Teams.QueueMembership"/>).
/// </summary>
public sealed record Queue
{
    public static readonly TimeSpan MinimumOfferTimeout = TimeSpan.FromSeconds(5);

    public required string Id { get; init; }
    public required string Name { get; init; }
    public string Description { get; init; } = "";
    public required string ChannelId { get; init; }
    public RoutingPolicy Policy { get; init; } = RoutingPolicy.LongestIdle;

    /// <summary>A conversation answered within this wait counts toward the service level.</summary>
    public TimeSpan ServiceLevelThreshold { get; init; } = TimeSpan.FromSeconds(30);

    public TimeSpan OfferTimeout { get; init; } = TimeSpan.FromSeconds(20);

    /// <summary>An agent who lets an offer of this queue time out is set not-ready ("missed offer").</summary>
    public bool MissedOfferSetsNotReady { get; init; } = true;

    /// <summary>Higher first: the router serves queues by priority, then conversations by time waited.</summary>
    public int Priority { get; init; }

    /// <summary>Only agents with all these skills are offered this queue's chats, until <see cref="SkillFallbackAfter"/>.</summary>
    public IReadOnlyList<string> RequiredSkills { get; init; } = [];

    /// <summary>After this wait any member may take the chat: no customer is stuck waiting for a skill.</summary>
    public TimeSpan SkillFallbackAfter { get; init; } = TimeSpan.FromMinutes(2);

    /// <summary>
    /// A conversation queued here longer than this (counted from entering this queue, and checked
    /// only while it is queued, not while an offer is open) moves to <see cref="OverflowQueueId"/>.
    /// </summary>
    public TimeSpan? MaxWait { get; init; }

    /// <summary>Where conversations go after <see cref="MaxWait"/>: another queue, never this one.</summary>
    public string? OverflowQueueId { get; init; }

    /// <summary>
    /// How long an agent's seat stays taken after a conversation of this queue ends, for its wrap-up;
    /// then the wrap-up finishes by itself. Null: the seat frees at the end and the wrap-up lasts
    /// until the agent finishes it (docs/domain.md, "Wrap-up").
    /// </summary>
    public TimeSpan? WrapUpTime { get; init; }

    /// <summary>When the owner leaves a conference: the longest-present guest takes it over, or it waits in this queue again.</summary>
    public OwnerLeaves OwnerLeaves { get; init; } = OwnerLeaves.PassToGuest;

    /// <summary>A conference guest's seat counts against their capacity, as the owner's does.</summary>
    public bool GuestsTakeASeat { get; init; } = true;

    /// <summary>Teams whose members work this queue, besides the users who list it themselves.</summary>
    public IReadOnlyList<string> MemberTeamIds { get; init; } = [];

    /// <summary>Where its wallboard tiles turn amber and red.</summary>
    public WallboardThresholds Thresholds { get; init; } = new();

    /// <summary>
    /// A disabled queue takes no new conversations (the widget and inbound channels are refused, and
    /// customers no longer see it); those already in it are still routed, so nobody waiting is dropped.
    /// </summary>
    public bool Disabled { get; init; }

    public ValidationErrors Validate() => ValidationErrors.Of(
    [
        Slug.IsValid(Id) ? null : $"Queue id '{Id}' must be lowercase letters, digits and dashes.",
        string.IsNullOrWhiteSpace(Name) ? $"Queue '{Id}' needs a name." : null,
        Slug.IsValid(ChannelId) ? null : $"Queue '{Id}' names an invalid channel id '{ChannelId}'.",
        ServiceLevelThreshold <= TimeSpan.Zero ? $"Queue '{Id}' needs a positive service-level threshold." : null,
        OfferTimeout < MinimumOfferTimeout
            ? $"Queue '{Id}' offer timeout must be at least {MinimumOfferTimeout.TotalSeconds:0} seconds." : null,
        MaxWait is null != OverflowQueueId is null
            ? $"Queue '{Id}' needs both a maximum wait and an overflow queue, or neither." : null,
        MaxWait <= TimeSpan.Zero ? $"Queue '{Id}' needs a positive maximum wait." : null,
        WrapUpTime <= TimeSpan.Zero ? $"Queue '{Id}' needs a positive wrap-up time, or none." : null,
        OverflowQueueId is { } overflow && !Slug.IsValid(overflow) ? $"Queue '{Id}' names an invalid overflow queue id '{overflow}'." : null,
        OverflowQueueId == Id ? $"Queue '{Id}' cannot overflow into itself; choose another queue." : null,
        .. MemberTeamIds.Where(t => !Slug.IsValid(t)).Select(t => $"Queue '{Id}' names an invalid team id '{t}'."),
        .. Thresholds.Validate(Id),
    ]);
}

/// <summary>What a queue does when a conversation's owner leaves while guests remain (docs/domain.md, "Conference").</summary>
public enum OwnerLeaves
{
    PassToGuest,
    Requeue,
}
