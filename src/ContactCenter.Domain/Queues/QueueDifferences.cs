using System.Globalization;

namespace ContactCenter.Domain.Queues;

/// <summary>
/// What differs between two versions of a queue's settings, in the words of the settings page
/// ("offer timeout: 20 s → 30 s"). A conflict names these so the second admin sees what the first
/// one changed, and the audit line records them.
/// </summary>
public static class QueueDifferences
{
    public static IReadOnlyList<string> Between(Queue before, Queue after)
    {
        List<string> changes = [];
        void Compare<T>(string name, T old, T now, Func<T, string>? show = null)
        {
            if (!EqualityComparer<T>.Default.Equals(old, now))
            {
                show ??= v => v?.ToString() ?? "none";
                changes.Add($"{name}: {show(old)} → {show(now)}");
            }
        }

        Compare("name", before.Name, after.Name);
        Compare("description", before.Description, after.Description, d => d.Length == 0 ? "none" : d);
        Compare("channel", before.ChannelId, after.ChannelId);
        Compare("routing policy", before.Policy, after.Policy);
        Compare("priority", before.Priority, after.Priority);
        Compare("required skills", List(before.RequiredSkills), List(after.RequiredSkills));
        Compare("skill fallback after", before.SkillFallbackAfter, after.SkillFallbackAfter, Duration);
        Compare("service-level threshold", before.ServiceLevelThreshold, after.ServiceLevelThreshold, Duration);
        Compare("offer timeout", before.OfferTimeout, after.OfferTimeout, Duration);
        Compare("missed offer sets not-ready", before.MissedOfferSetsNotReady, after.MissedOfferSetsNotReady, YesNo);
        Compare("maximum wait", before.MaxWait, after.MaxWait, w => w is { } wait ? Duration(wait) : "none");
        Compare("overflow queue", before.OverflowQueueId, after.OverflowQueueId, q => q ?? "none");
        Compare("wrap-up time", before.WrapUpTime, after.WrapUpTime, w => w is { } wrapUp ? Duration(wrapUp) : "none");
        Compare("when the owner leaves", before.OwnerLeaves, after.OwnerLeaves);
        Compare("guests take a seat", before.GuestsTakeASeat, after.GuestsTakeASeat, YesNo);
        Compare("teams", List(before.MemberTeamIds), List(after.MemberTeamIds));
        Compare("wallboard thresholds", before.Thresholds, after.Thresholds, Thresholds);
        Compare("disabled", before.Disabled, after.Disabled, YesNo);
        return changes;
    }

    /// <summary>"45 s", "2 min", "1 min 30 s", "1 h 5 min": how the settings page words a duration.</summary>
    public static string Duration(TimeSpan span)
    {
        string[] parts =
        [
            span.Days > 0 ? $"{span.Days} d" : "",
            span.Hours > 0 ? $"{span.Hours} h" : "",
            span.Minutes > 0 ? $"{span.Minutes} min" : "",
            span.Seconds > 0 || span.Milliseconds > 0 || span == TimeSpan.Zero
                ? $"{(span.Seconds + (span.Milliseconds / 1000.0)).ToString("0.#", CultureInfo.InvariantCulture)} s" : "",
        ];
        return string.Join(' ', parts.Where(p => p.Length > 0));
    }

    private static string List(IReadOnlyList<string> items) => items.Count == 0 ? "none" : string.Join(", ", items.Order(StringComparer.Ordinal));

    private static string YesNo(bool value) => value ? "yes" : "no";

    private static string Thresholds(WallboardThresholds t) => string.Create(CultureInfo.InvariantCulture,
        $"waiting {t.WaitingWarning}/{t.WaitingAlarm}, longest wait {Duration(t.LongestWaitWarning)}/{Duration(t.LongestWaitAlarm)}, service level {t.ServiceLevelWarningPercent}%/{t.ServiceLevelAlarmPercent}%");
}
