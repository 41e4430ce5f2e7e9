using ContactCenter.Contracts.Supervisor;
using ContactCenter.Domain.Metrics.Floor;
using ContactCenter.Domain.Queues;

namespace ContactCenter.Server.Features.Supervising.Floor;

/// <summary>The floor's rows and figures as the wire carries them.</summary>
public static class FloorMapper
{
    private static readonly FloorThresholdsDto DefaultThresholds = Thresholds(new WallboardThresholds());

    public static FloorQueueDto ToDto(QueueFigures f, string name, long version, TimeSpan threshold, WallboardThresholds? thresholds) => new(
        f.QueueId, name, version, threshold, thresholds is null ? DefaultThresholds : Thresholds(thresholds),
        f.Waiting, f.LongestWaitSince, f.Active, f.InWrapUp,
        f.Offered, f.Answered, f.Abandoned, f.AnsweredWithinThreshold, f.AbandonedAfterThreshold,
        f.TotalAnsweredWait, f.Handled, f.TotalHandleTime, f.TransferredOut,
        f.AverageSpeedOfAnswer, f.ServiceLevelPercent, f.AbandonmentPercent, f.AverageHandleTime,
        new FloorAgentStatesDto(f.Agents.Ready, f.Agents.Busy, f.Agents.Offline, f.Agents.NotReady, f.Agents.InWrapUp));

    public static FloorAgentDto ToDto(FloorAgent a, string name, IReadOnlyList<string> queueIds) => new(
        a.AgentId, name, a.State.ToString(), a.ReasonCodeId, a.Since,
        [.. a.Channels.Select(c => new FloorChannelDto(c.Channel.ToString(), c.Ready, c.Busy, c.InUse, c.Capacity))],
        a.ConversationIds, a.InWrapUp, queueIds);

    // The customer is named by a short reference, never by personal data: the list needs no masking decision.
    public static FloorConversationDto ToDto(LiveConversation c, bool gone = false) => new(
        c.Id, c.QueueId, c.Status.ToString(), c.Version, c.AgentId, c.AgentName, $"Customer {c.CustomerId.ToString("N")[^4..]}",
        c.StartedAt, c.WaitingSince, c.CustomerWaitingSince, c.Transfers, gone);

    private static FloorThresholdsDto Thresholds(WallboardThresholds t) =>
        new(t.WaitingWarning, t.WaitingAlarm, t.LongestWaitWarning, t.LongestWaitAlarm, t.ServiceLevelWarningPercent, t.ServiceLevelAlarmPercent);
}
