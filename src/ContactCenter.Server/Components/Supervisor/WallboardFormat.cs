using ContactCenter.Contracts.Supervisor;

namespace ContactCenter.Server.Components.Supervisor;

/// <summary>How the wallboard writes durations, shares and tile colours.</summary>
public static class WallboardFormat
{
    public const string None = "—";

    public static string Duration(TimeSpan? d) => d is not { } value ? None
        : value.TotalHours >= 1 ? $"{(int)value.TotalHours}:{value:mm\\:ss}" : $"{(int)value.TotalMinutes}:{value:ss}";

    public static string Since(DateTimeOffset? since, DateTimeOffset now) => since is { } s ? Duration(now > s ? now - s : TimeSpan.Zero) : None;

    public static string Percent(double? p) => p is { } value ? $"{value:0.#}%" : None;

    public static string WaitingLevel(FloorQueueDto q) =>
        q.Waiting >= q.Thresholds.WaitingAlarm ? "alarm" : q.Waiting >= q.Thresholds.WaitingWarning ? "warn" : "ok";

    public static string LongestWaitLevel(FloorQueueDto q, DateTimeOffset now) => q.LongestWaitSince is not { } since ? "ok"
        : now - since >= q.Thresholds.LongestWaitAlarm ? "alarm" : now - since >= q.Thresholds.LongestWaitWarning ? "warn" : "ok";

    public static string ServiceLevelLevel(FloorQueueDto q) => q.ServiceLevelPercent is not { } sl ? "ok"
        : sl < q.Thresholds.ServiceLevelAlarmPercent ? "alarm" : sl < q.Thresholds.ServiceLevelWarningPercent ? "warn" : "ok";
}
