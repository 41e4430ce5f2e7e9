using ContactCenter.Domain.Queues;
using ContactCenter.Server.Components.Admin.Queues;

namespace ContactCenter.UI.Tests.Admin;

/// <summary>
/// Saving a queue from the form keeps every setting it was opened with: the form builds the whole
/// queue again, so a setting it did not carry (one added later, such as the wrap-up time) would be
/// reset to its default at the next save of anything else.
/// </summary>
public sealed class QueueFormModelTests
{
    [Fact]
    public void A_queue_opened_and_saved_unchanged_keeps_every_setting()
    {
        // Tried: a queue with every setting away from its default, through the form and back.
        var queue = new Queue
        {
            Id = "billing",
            Name = "Billing",
            Description = "Invoices and refunds",
            ChannelId = "web-chat",
            Policy = RoutingPolicy.RoundRobin,
            Priority = 3,
            RequiredSkills = ["billing", "german"],
            SkillFallbackAfter = TimeSpan.FromSeconds(45),
            ServiceLevelThreshold = TimeSpan.FromSeconds(40),
            OfferTimeout = TimeSpan.FromSeconds(25),
            MissedOfferSetsNotReady = false,
            MaxWait = TimeSpan.FromMinutes(4),
            OverflowQueueId = "support",
            WrapUpTime = TimeSpan.FromSeconds(90),
            OwnerLeaves = OwnerLeaves.Requeue,
            GuestsTakeASeat = false,
            MemberTeamIds = ["night"],
            Thresholds = new WallboardThresholds { WaitingWarning = 4, WaitingAlarm = 9, ServiceLevelWarningPercent = 85, ServiceLevelAlarmPercent = 70 },
            Disabled = true,
        };

        var saved = QueueFormModel.From(queue, []).ToQueue();

        // QueueDifferencesCoverTests shows these name a change to any setting.
        Assert.Empty(QueueDifferences.Between(queue, saved));
    }
}
