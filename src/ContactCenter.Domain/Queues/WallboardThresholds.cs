namespace ContactCenter.Domain.Queues;

/// <summary>
/// Where a queue's wallboard tiles turn amber (warning) and red (alarm): an admin sets them per
/// queue; these defaults suit a small chat team.
/// </summary>
public sealed record WallboardThresholds
{
    public int WaitingWarning { get; init; } = 3;
    public int WaitingAlarm { get; init; } = 6;
    public TimeSpan LongestWaitWarning { get; init; } = TimeSpan.FromSeconds(60);
    public TimeSpan LongestWaitAlarm { get; init; } = TimeSpan.FromSeconds(120);

    /// <summary>Below this service level the tile is amber; below the alarm, red.</summary>
    public double ServiceLevelWarningPercent { get; init; } = 80;
    public double ServiceLevelAlarmPercent { get; init; } = 60;

    public IEnumerable<string?> Validate(string queueId) =>
    [
        WaitingWarning < 1 || WaitingAlarm < WaitingWarning ? $"Queue '{queueId}' needs a waiting warning of 1 or more and an alarm at or above it." : null,
        LongestWaitWarning <= TimeSpan.Zero || LongestWaitAlarm < LongestWaitWarning
            ? $"Queue '{queueId}' needs a positive longest-wait warning and an alarm at or above it." : null,
        ServiceLevelAlarmPercent is < 0 or > 100 || ServiceLevelWarningPercent is < 0 or > 100 || ServiceLevelWarningPercent < ServiceLevelAlarmPercent
            ? $"Queue '{queueId}' needs service-level bounds from 0 to 100%, the warning at or above the alarm." : null,
    ];
}
