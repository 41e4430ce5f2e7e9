using ContactCenter.Domain.Conversations;
using static ContactCenter.Domain.Tests.Metrics.Floor.FloorScript;

namespace ContactCenter.Domain.Tests.Metrics.Floor;

/// <summary>The wallboard folds an owner leaving a conference: handed to a guest without a new wait, or a new wait in the queue.</summary>
public sealed class ConferenceFloorTests
{
    private static readonly DateTimeOffset T0 = new(2025, 3, 4, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public void An_owner_handing_over_to_a_guest_ends_their_segment_and_starts_the_guests_without_a_wait()
    {
        var s = new FloorScript(T0, TimeZoneInfo.Utc);
        var c = s.Start("support", T0);
        s.Accept(c, Alice, T0.AddSeconds(10));
        s.Step(new ConferenceJoined(c, Guid.NewGuid(), Bob, "Bob", T0.AddSeconds(20)));
        s.Step(new ParticipantLeft(c, Alice, "Alice", true, Bob, "Bob", false, T0.AddSeconds(70)));

        var row = s.Floor.Conversations.Single();
        Assert.Equal((Bob, T0.AddSeconds(70), null), (row.AgentId, row.HandlingSince, row.WaitingSince));
        Assert.Equal((1, TimeSpan.FromSeconds(60)), (s.Figures("support", TimeSpan.FromSeconds(30), Alice, Bob).Handled, s.Figures("support", TimeSpan.FromSeconds(30), Alice, Bob).AverageHandleTime));
        Assert.Equal([Alice, Bob], s.Last.Agents);
    }

    [Fact]
    public void An_owner_leaving_alone_puts_it_back_in_the_queue_as_a_new_wait_entered_today()
    {
        var s = new FloorScript(T0, TimeZoneInfo.Utc);
        var c = s.Start("support", T0);
        s.Accept(c, Alice, T0.AddSeconds(10));
        s.Step(new ParticipantLeft(c, Alice, "Alice", true, null, null, true, T0.AddSeconds(40)));

        var row = s.Floor.Conversations.Single();
        Assert.Equal((ConversationStatus.Queued, null, T0.AddSeconds(40)), (row.Status, row.AgentId, row.WaitingSince));
        Assert.Equal((2, 1), (s.Figures("support", TimeSpan.FromSeconds(30)).Offered, s.Figures("support", TimeSpan.FromSeconds(30)).Waiting));
    }
}
