using System.Reflection;
using ContactCenter.Domain.Queues;

namespace ContactCenter.Domain.Tests.Queues;

/// <summary>
/// Every setting of a queue is named when it changes: a conflict that left one out would let a
/// second admin overwrite it unawares, and the settings form's round trip (checked with these
/// differences) would lose it silently. The id is the queue itself, never a change to it.
/// </summary>
public sealed class QueueDifferencesCoverTests
{
    public static TheoryData<string> Settings() => [.. typeof(Queue).GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.CanWrite && p.Name != nameof(Queue.Id)).Select(p => p.Name)];

    [Theory]
    [MemberData(nameof(Settings))]
    public void A_change_to_any_setting_is_named(string setting)
    {
        var before = new Queue { Id = "support", Name = "Support", ChannelId = "chat" };
        var property = typeof(Queue).GetProperty(setting)!;
        var after = Clone(before);
        property.SetValue(after, Changed(property.PropertyType, property.GetValue(before)));

        Assert.NotEmpty(QueueDifferences.Between(before, after));
    }

    private static Queue Clone(Queue queue) => (Queue)typeof(Queue).GetMethod("<Clone>$")!.Invoke(queue, null)!;

    private static object? Changed(Type type, object? value) => value switch
    {
        string text => text + "-x",
        int number => number + 1,
        bool flag => !flag,
        TimeSpan span => span + TimeSpan.FromSeconds(1),
        null when type == typeof(TimeSpan?) => TimeSpan.FromMinutes(1),
        null when type == typeof(string) => "other",
        Enum e => Enum.GetValues(type).Cast<object>().First(v => !v.Equals(e)),
        IReadOnlyList<string> list => (IReadOnlyList<string>)[.. list, "extra"],
        WallboardThresholds thresholds => thresholds with { WaitingWarning = thresholds.WaitingWarning + 1 },
        _ => throw new InvalidOperationException($"Say how a {type.Name} setting changes, so the test covers it."),
    };
}
