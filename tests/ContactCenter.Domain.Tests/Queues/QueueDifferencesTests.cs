using ContactCenter.Domain.Queues;

namespace ContactCenter.Domain.Tests.Queues;

/// <summary>What a conflict and the audit log say changed in a queue, in the settings page's words.</summary>
public sealed class QueueDifferencesTests
{
    private static readonly Queue Sales = new() { Id = "sales", Name = "Sales", ChannelId = "web-chat" };

    [Fact]
    public void Each_changed_setting_is_named_with_its_old_and_new_value()
    {
        var changed = Sales with
        {
            OfferTimeout = TimeSpan.FromSeconds(45),
            ServiceLevelThreshold = TimeSpan.FromSeconds(90),
            MaxWait = TimeSpan.FromMinutes(5),
            OverflowQueueId = "support",
            MemberTeamIds = ["night", "day"],
            Disabled = true,
        };

        Assert.Equal(
            [
                "service-level threshold: 30 s → 1 min 30 s",
                "offer timeout: 20 s → 45 s",
                "maximum wait: none → 5 min",
                "overflow queue: none → support",
                "teams: none → day, night",
                "disabled: no → yes",
            ],
            QueueDifferences.Between(Sales, changed));
    }

    [Fact]
    public void The_same_settings_in_another_order_are_no_change()
    {
        var a = Sales with { MemberTeamIds = ["day", "night"], RequiredSkills = ["billing", "german"] };
        var b = Sales with { MemberTeamIds = ["night", "day"], RequiredSkills = ["german", "billing"] };

        Assert.Empty(QueueDifferences.Between(a, b));
    }

    [Fact]
    public void Wallboard_thresholds_are_named_as_a_whole()
    {
        var changed = Sales with { Thresholds = new WallboardThresholds { WaitingAlarm = 9 } };

        Assert.Equal(["wallboard thresholds: waiting 3/6, longest wait 1 min/2 min, service level 80%/60% → waiting 3/9, longest wait 1 min/2 min, service level 80%/60%"],
            QueueDifferences.Between(Sales, changed));
    }
}
