using ContactCenter.Contracts.Conversations;
using Bunit;
using ContactCenter.Contracts.Desk;
using ContactCenter.Server.Components.Agent;
using static ContactCenter.UI.Tests.Agent.DeskRows;

namespace ContactCenter.UI.Tests.Agent;

public sealed class InboxListTests : MudTestContext
{
    private static readonly InboxRow Waiting = Row("Wanda", status: ConversationStatusDto.Queued, queue: "sales", priority: 1, startedMinutesAgo: 9, activeMinutesAgo: 9);
    private static readonly InboxRow Offer = Row("Olga", status: ConversationStatusDto.Offered, queue: "support", priority: 5, startedMinutesAgo: 2, activeMinutesAgo: 0, offeredTo: Me, offerExpires: Now.AddSeconds(10));
    private static readonly InboxRow Mine = Row("Amara", status: ConversationStatusDto.Active, queue: "support", startedMinutesAgo: 30, activeMinutesAgo: 3, labels: ["vip"], unread: 2);
    private static readonly InboxRow Waits = Row("Pia", status: ConversationStatusDto.Pending, queue: "support", startedMinutesAgo: 60, activeMinutesAgo: 20, channel: "email");
    private static readonly IReadOnlyList<InboxRow> All = [Waiting, Offer, Mine, Waits];

    [Fact]
    public void Lists_newest_activity_first_by_default_with_unread_counts_on_the_rows_that_have_them()
    {
        var inbox = RenderInbox(new InboxView());

        Assert.Equal(["Olga", "Amara", "Wanda", "Pia"], Names(inbox));
        var unread = inbox.FindAll("[data-testid=unread]");
        Assert.Equal("2", Assert.Single(unread).TextContent);
        Assert.Contains("Amara", unread[0].Closest("[data-testid=inbox-row]")!.TextContent, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(InboxSort.LongestWaiting, new[] { "Pia", "Amara", "Wanda", "Olga" })]
    [InlineData(InboxSort.Priority, new[] { "Olga", "Wanda", "Pia", "Amara" })]
    [InlineData(InboxSort.LastActivity, new[] { "Olga", "Amara", "Wanda", "Pia" })]
    public void Sorts_by_wait_priority_or_last_activity(InboxSort sort, string[] expected) =>
        Assert.Equal(expected, Names(RenderInbox(new InboxView(Sort: sort))));

    [Fact]
    public void Filters_by_status_where_waiting_means_queued_or_offered()
    {
        Assert.Equal(["Olga", "Wanda"], Names(RenderInbox(new InboxView(Status: "Waiting"))));
        Assert.Equal(["Pia"], Names(RenderInbox(new InboxView(Status: "Pending"))));
    }

    [Fact]
    public void Filters_by_queue_label_and_channel_together()
    {
        Assert.Equal(["Wanda"], Names(RenderInbox(new InboxView(QueueId: "sales"))));
        Assert.Equal(["Amara"], Names(RenderInbox(new InboxView(LabelId: "vip"))));
        Assert.Equal(["Pia"], Names(RenderInbox(new InboxView(ChannelId: "email"))));
        Assert.Empty(Names(RenderInbox(new InboxView(QueueId: "sales", LabelId: "vip"))));
    }

    [Fact]
    public void Says_when_filters_hide_everything_and_when_there_is_nothing_at_all()
    {
        Assert.Contains("Nothing matches", RenderInbox(new InboxView(LabelId: "none")).Find("[data-testid=inbox-empty]").TextContent, StringComparison.Ordinal);
        var empty = Render<InboxList>(p => p.Add(i => i.Rows, []).Add(i => i.Now, Now));
        Assert.Contains("Offers appear here", empty.Find("[data-testid=inbox-empty]").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void Clicking_a_row_selects_its_conversation_and_marks_it_selected()
    {
        Guid? selected = null;
        var inbox = Render<InboxList>(p => p.Add(i => i.Rows, All).Add(i => i.Now, Now).Add(i => i.AgentId, Me)
            .Add(i => i.OnSelect, id => selected = id));

        inbox.FindAll("[data-testid=inbox-row]")[1].Click();

        Assert.Equal(Mine.Id, selected);
        inbox.Render(p => p.Add(i => i.SelectedId, selected));
        Assert.Equal("true", inbox.FindAll("[data-testid=inbox-row]")[1].GetAttribute("aria-selected"));
    }

    [Fact]
    public void Shows_how_long_waiting_chats_have_waited_and_when_others_last_moved()
    {
        var rows = RenderInbox(new InboxView()).FindAll("[data-testid=inbox-row]");
        Assert.Contains("9m", rows[2].TextContent, StringComparison.Ordinal);
        Assert.Contains("20m", rows[3].TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void A_preview_with_a_right_to_left_override_is_shown_inert_and_isolated()
    {
        // Tried: a customer's message that reverses everything after it ("txt.exe" shown as "exe.txt").
        var plain = Row("Rita");
        var row = plain with { Item = plain.Item with { LastMessagePreview = "see invoice\u202Etxt.exe" } };

        var inbox = Render<InboxList>(p => p.Add(i => i.Rows, [row]).Add(i => i.View, new InboxView()).Add(i => i.Now, Now).Add(i => i.AgentId, Me)
            .Add(i => i.Labels, []));

        var preview = inbox.Find("[data-testid=preview]");
        Assert.Equal("bdi", preview.TagName, StringComparer.OrdinalIgnoreCase);
        Assert.Equal("see invoice[U+202E]txt.exe", preview.TextContent);
    }

    private IRenderedComponent<InboxList> RenderInbox(InboxView view) =>
        Render<InboxList>(p => p.Add(i => i.Rows, All).Add(i => i.View, view).Add(i => i.Now, Now).Add(i => i.AgentId, Me)
            .Add(i => i.Labels, [new LabelDto("vip", "VIP", "#e53935")]));

    private static string[] Names(IRenderedComponent<InboxList> inbox) =>
        [.. inbox.FindAll("[data-testid=inbox-row] .cc-ellipsis.mud-typography-subtitle2").Select(e => e.TextContent)];
}
