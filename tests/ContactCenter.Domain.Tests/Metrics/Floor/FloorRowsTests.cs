using ContactCenter.Domain.Conversations;
using ContactCenter.Domain.Metrics.Floor;
using ContactCenter.Domain.Queues;
using ContactCenter.Domain.Routing;
using static ContactCenter.Domain.Tests.Metrics.Floor.FloorScript;

namespace ContactCenter.Domain.Tests.Metrics.Floor;

/// <summary>The rows behind the grids, what each step tells the server to push, and steps that must change nothing.</summary>
public sealed class FloorRowsTests
{
    private static readonly DateTimeOffset T0 = new(2025, 3, 4, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Customer_wait_for_a_reply_runs_from_the_first_unanswered_message_until_an_agent_replies()
    {
        var s = new FloorScript(T0, TimeZoneInfo.Utc);
        var c = s.Start("support", T0);
        s.Accept(c, Alice, T0.AddSeconds(10));
        s.Customer(c, T0.AddSeconds(20));
        s.Customer(c, T0.AddSeconds(25));
        Assert.Equal(T0.AddSeconds(20), s.Floor.Conversations.Single().CustomerWaitingSince);

        s.Reply(c, Alice, T0.AddSeconds(40));
        Assert.Null(s.Floor.Conversations.Single().CustomerWaitingSince);
    }

    [Fact]
    public void Agent_row_counts_active_conversations_per_channel_against_capacity_and_flags_wrap_up()
    {
        var s = new FloorScript(T0, TimeZoneInfo.Utc);
        s.State(Alice, GlobalState.Ready, null, T0);
        var first = s.Start("support", T0);
        var second = s.Start("support", T0.AddSeconds(1));
        s.Accept(first, Alice, T0.AddSeconds(5));
        s.Accept(second, Alice, T0.AddSeconds(6));
        s.End(first, Alice, T0.AddSeconds(60));

        var row = FloorFigures.AgentOf(s.Floor, Alice, _ => ChannelKind.Chat);

        var chat = Assert.Single(row.Channels);
        Assert.Equal((ChannelKind.Chat, 1, 3), (chat.Channel, chat.InUse, chat.Capacity));
        Assert.Equal([first, second], row.ConversationIds);
        Assert.True(row.InWrapUp);
        Assert.Equal(1, s.Figures("support", TimeSpan.FromSeconds(30), Alice).Agents.InWrapUp);
        Assert.Equal(1, s.Figures("support", TimeSpan.FromSeconds(30), Alice).InWrapUp);
    }

    [Fact]
    public void A_transfer_tells_the_old_queue_the_conversation_left_and_changes_the_agent_who_handed_it_on()
    {
        var s = new FloorScript(T0, TimeZoneInfo.Utc);
        var c = s.Start("support", T0);
        s.Accept(c, Alice, T0.AddSeconds(5));
        s.Transfer(c, "support", "billing", Alice, T0.AddSeconds(65));

        Assert.Equal("support", s.Last.LeftQueueId);
        Assert.Equal(["support", "billing"], s.Last.Queues);
        Assert.Equal([Alice], s.Last.Agents);
        var moved = s.Floor.Conversations.Single();
        Assert.Equal(("billing", ConversationStatus.Queued, T0.AddSeconds(65), 1), (moved.QueueId, moved.Status, moved.WaitingSince, moved.Transfers));
        Assert.Null(moved.AgentId);
    }

    [Fact]
    public void A_step_folded_again_or_of_a_conversation_never_started_changes_nothing()
    {
        var s = new FloorScript(T0, TimeZoneInfo.Utc);
        var c = s.Start("support", T0);
        var accepted = new OfferAccepted(c, Alice, "Alice", Guid.NewGuid(), T0.AddSeconds(12));
        s.Step(accepted);

        Assert.True(s.Repeat(accepted).IsNone);
        Assert.True(s.Floor.Apply(new OfferAccepted(Guid.NewGuid(), Alice, "Alice", Guid.NewGuid(), T0), 2).IsNone);
        Assert.Equal(1, s.Figures("support", TimeSpan.FromSeconds(30)).Answered);
    }

    [Fact]
    public void Rating_a_chat_or_labelling_it_pushes_nothing()
    {
        var s = new FloorScript(T0, TimeZoneInfo.Utc);
        var c = s.Start("support", T0);
        s.Rate(c, 4, T0.AddSeconds(3));

        Assert.True(s.Last.IsNone);
    }
}
