using ContactCenter.Domain.Common;
using ContactCenter.Domain.Queues;

namespace ContactCenter.Server.Components.Admin.Queues;

/// <summary>
/// What the queue form edits: the queue's settings in the units an admin types (seconds, minutes),
/// checked field by field so each message shows next to its field. The domain's own check
/// (<see cref="Queue.Validate"/>) still runs in the use case; these only say it where it is typed.
/// </summary>
public sealed class QueueFormModel
{
    public string Id { get; set; } = "";
    public string Name { get; set; } = "";
    public string Description { get; set; } = "";
    public string ChannelId { get; set; } = "";
    public RoutingPolicy Policy { get; set; } = RoutingPolicy.LongestIdle;
    public int Priority { get; set; }
    public string RequiredSkills { get; set; } = "";
    public int SkillFallbackSeconds { get; set; } = 120;
    public int ServiceLevelSeconds { get; set; } = 30;
    public int OfferTimeoutSeconds { get; set; } = 20;
    public bool MissedOfferSetsNotReady { get; set; } = true;
    public bool Overflows { get; set; }
    public int MaxWaitSeconds { get; set; } = 300;
    public string? OverflowQueueId { get; set; }
    public bool HoldsWrapUp { get; set; }
    public int WrapUpSeconds { get; set; } = 60;
    public OwnerLeaves OwnerLeaves { get; set; } = OwnerLeaves.PassToGuest;
    public bool GuestsTakeASeat { get; set; } = true;
    public IReadOnlyCollection<string> TeamIds { get; set; } = [];
    public IReadOnlyCollection<Guid> AgentIds { get; set; } = [];
    public int WaitingWarning { get; set; } = 3;
    public int WaitingAlarm { get; set; } = 6;
    public int LongestWaitWarningSeconds { get; set; } = 60;
    public int LongestWaitAlarmSeconds { get; set; } = 120;
    public double ServiceLevelWarningPercent { get; set; } = 80;
    public double ServiceLevelAlarmPercent { get; set; } = 60;
    public bool Disabled { get; set; }

    /// <summary>The switch the form shows: on while the queue takes new conversations.</summary>
    public bool Enabled
    {
        get => !Disabled;
        set => Disabled = !value;
    }

    public static QueueFormModel From(Queue q, IEnumerable<Guid> agentIds) => new()
    {
        Id = q.Id,
        Name = q.Name,
        Description = q.Description,
        ChannelId = q.ChannelId,
        Policy = q.Policy,
        Priority = q.Priority,
        RequiredSkills = string.Join(", ", q.RequiredSkills),
        SkillFallbackSeconds = Seconds(q.SkillFallbackAfter),
        ServiceLevelSeconds = Seconds(q.ServiceLevelThreshold),
        OfferTimeoutSeconds = Seconds(q.OfferTimeout),
        MissedOfferSetsNotReady = q.MissedOfferSetsNotReady,
        Overflows = q.MaxWait is not null,
        MaxWaitSeconds = q.MaxWait is { } wait ? Seconds(wait) : 300,
        OverflowQueueId = q.OverflowQueueId,
        HoldsWrapUp = q.WrapUpTime is not null,
        WrapUpSeconds = q.WrapUpTime is { } wrapUp ? Seconds(wrapUp) : 60,
        OwnerLeaves = q.OwnerLeaves,
        GuestsTakeASeat = q.GuestsTakeASeat,
        TeamIds = [.. q.MemberTeamIds],
        AgentIds = [.. agentIds],
        WaitingWarning = q.Thresholds.WaitingWarning,
        WaitingAlarm = q.Thresholds.WaitingAlarm,
        LongestWaitWarningSeconds = Seconds(q.Thresholds.LongestWaitWarning),
        LongestWaitAlarmSeconds = Seconds(q.Thresholds.LongestWaitAlarm),
        ServiceLevelWarningPercent = q.Thresholds.ServiceLevelWarningPercent,
        ServiceLevelAlarmPercent = q.Thresholds.ServiceLevelAlarmPercent,
        Disabled = q.Disabled,
    };

    public Queue ToQueue() => new()
    {
        Id = Id.Trim(),
        Name = Name.Trim(),
        Description = Description.Trim(),
        ChannelId = ChannelId,
        Policy = Policy,
        Priority = Priority,
        RequiredSkills = [.. RequiredSkills.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)],
        SkillFallbackAfter = TimeSpan.FromSeconds(SkillFallbackSeconds),
        ServiceLevelThreshold = TimeSpan.FromSeconds(ServiceLevelSeconds),
        OfferTimeout = TimeSpan.FromSeconds(OfferTimeoutSeconds),
        MissedOfferSetsNotReady = MissedOfferSetsNotReady,
        MaxWait = Overflows ? TimeSpan.FromSeconds(MaxWaitSeconds) : null,
        OverflowQueueId = Overflows ? OverflowQueueId : null,
        WrapUpTime = HoldsWrapUp ? TimeSpan.FromSeconds(WrapUpSeconds) : null,
        OwnerLeaves = OwnerLeaves,
        GuestsTakeASeat = GuestsTakeASeat,
        MemberTeamIds = [.. TeamIds],
        Thresholds = new WallboardThresholds
        {
            WaitingWarning = WaitingWarning,
            WaitingAlarm = WaitingAlarm,
            LongestWaitWarning = TimeSpan.FromSeconds(LongestWaitWarningSeconds),
            LongestWaitAlarm = TimeSpan.FromSeconds(LongestWaitAlarmSeconds),
            ServiceLevelWarningPercent = ServiceLevelWarningPercent,
            ServiceLevelAlarmPercent = ServiceLevelAlarmPercent,
        },
        Disabled = Disabled,
    };

    /// <summary>Each field's problem, keyed by the field's name; empty when the form may be sent.</summary>
    public IReadOnlyDictionary<string, string> Validate()
    {
        var minimumOffer = (int)Queue.MinimumOfferTimeout.TotalSeconds;
        var errors = new Dictionary<string, string?>
        {
            [nameof(Id)] = Slug.IsValid(Id.Trim()) ? null : "Use lowercase letters, digits and dashes, such as \"billing-de\".",
            [nameof(Name)] = string.IsNullOrWhiteSpace(Name) ? "Give the queue a name." : null,
            [nameof(ChannelId)] = string.IsNullOrEmpty(ChannelId) ? "Choose the channel its conversations come from." : null,
            [nameof(SkillFallbackSeconds)] = SkillFallbackSeconds < 0 ? "Use 0 seconds or more." : null,
            [nameof(ServiceLevelSeconds)] = ServiceLevelSeconds < 1 ? "Use 1 second or more." : null,
            [nameof(OfferTimeoutSeconds)] = OfferTimeoutSeconds < minimumOffer ? $"Give agents at least {minimumOffer} seconds to accept." : null,
            [nameof(MaxWaitSeconds)] = Overflows && MaxWaitSeconds < 1 ? "Use 1 second or more." : null,
            [nameof(WrapUpSeconds)] = HoldsWrapUp && WrapUpSeconds < 1 ? "Use 1 second or more." : null,
            [nameof(OverflowQueueId)] = !Overflows ? null
                : string.IsNullOrEmpty(OverflowQueueId) ? "Choose where conversations go after the maximum wait."
                : OverflowQueueId == Id.Trim() ? "Choose another queue: a queue cannot overflow into itself." : null,
            [nameof(WaitingWarning)] = WaitingWarning < 1 ? "Use 1 or more." : null,
            [nameof(WaitingAlarm)] = WaitingAlarm < WaitingWarning ? "Use the warning or more." : null,
            [nameof(LongestWaitWarningSeconds)] = LongestWaitWarningSeconds < 1 ? "Use 1 second or more." : null,
            [nameof(LongestWaitAlarmSeconds)] = LongestWaitAlarmSeconds < LongestWaitWarningSeconds ? "Use the warning or more." : null,
            [nameof(ServiceLevelWarningPercent)] = ServiceLevelWarningPercent is < 0 or > 100 ? "Use 0 to 100%." : null,
            [nameof(ServiceLevelAlarmPercent)] = ServiceLevelAlarmPercent is < 0 or > 100 ? "Use 0 to 100%."
                : ServiceLevelAlarmPercent > ServiceLevelWarningPercent ? "Use the warning or less." : null,
        };
        return errors.Where(e => e.Value is not null).ToDictionary(e => e.Key, e => e.Value!);
    }

    private static int Seconds(TimeSpan span) => (int)Math.Round(span.TotalSeconds);
}
