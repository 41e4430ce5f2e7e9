using ContactCenter.Contracts.Conversations;
using ContactCenter.Domain.Conversations;
using ContactCenter.Server.Components.Agent;
using static ContactCenter.UI.Tests.Agent.DeskRows;

namespace ContactCenter.UI.Tests.Agent;

/// <summary>How the desk keeps an inbox row current from live steps, without asking the server again.</summary>
public sealed class InboxRowTests
{
    private static readonly Guid Sam = Guid.NewGuid();

    private static ConversationEventDto Step(InboxRow row, long version, ConversationStatusDto status, StepPayload payload) =>
        new(row.Id, version, Now, status, payload);

    [Fact]
    public void A_step_at_or_below_the_rows_version_changes_nothing()
    {
        var row = Row("Amara");

        Assert.Same(row, row.With(Step(row, row.Item.Version, ConversationStatusDto.Resolved, new ResolvedStep("Alex"))));
        Assert.Same(row, row.With(Step(row, row.Item.Version - 1, ConversationStatusDto.Resolved, new ResolvedStep("Alex"))));
    }

    [Fact]
    public void An_offer_shows_who_it_is_for_until_when_and_an_answer_clears_it()
    {
        var row = Row("Olga", status: ConversationStatusDto.Queued);
        var until = Now.AddSeconds(20);

        var offered = row.With(Step(row, 4, ConversationStatusDto.Offered, new OfferedStep(Me, "Me", until)));
        var taken = offered.With(Step(row, 5, ConversationStatusDto.Active, new AssignedStep(Me, "Me")));
        var declined = offered.With(Step(row, 5, ConversationStatusDto.Queued, new OfferDeclinedStep(Me, "rejected")));

        Assert.True(offered.IsOfferTo(Me));
        Assert.False(offered.IsOfferTo(Sam));
        Assert.Equal((Me, until), (offered.Item.OfferedTo, offered.Item.OfferExpiresAt));
        Assert.Equal((null, null, Me, "Me", ConversationStatusDto.Active), (taken.Item.OfferedTo, taken.Item.OfferExpiresAt, taken.Item.AgentId, taken.Item.AgentName, taken.Item.Status));
        Assert.True(taken.IsMine(Me));
        Assert.Equal((null, null, true), (declined.Item.OfferedTo, declined.Item.OfferExpiresAt, declined.IsWaiting));
    }

    [Fact]
    public void A_message_becomes_the_preview_and_the_last_activity()
    {
        var row = Row("Amara", activeMinutesAgo: 10);
        var text = new string('x', 200);

        var after = row.With(Step(row, 4, ConversationStatusDto.Active, new MessageStep(new MessageDto(Guid.NewGuid(), AuthorKindDto.Customer, "Amara", text))));

        Assert.Equal((Now, ConversationHistory.PreviewLength, '…'), (after.Item.LastActivityAt, after.Item.LastMessagePreview.Length, after.Item.LastMessagePreview[^1]));
    }

    [Fact]
    public void A_label_is_shown_once_however_often_it_arrives_and_goes_when_removed()
    {
        var row = Row("Amara", labels: ["vip"]);

        var twice = row.With(Step(row, 4, ConversationStatusDto.Active, new LabeledStep("bug", "Alex")))
            .With(Step(row, 5, ConversationStatusDto.Active, new LabeledStep("bug", "Alex")));
        var removed = twice.With(Step(row, 6, ConversationStatusDto.Active, new UnlabeledStep("vip", "Alex")));

        Assert.Equal(["vip", "bug"], twice.Item.Labels);
        Assert.Equal(["bug"], removed.Item.Labels);
    }

    [Fact]
    public void A_move_and_a_link_change_the_queue_and_the_customer()
    {
        var row = Row("Amara", queue: "support");
        var lukas = Guid.NewGuid();

        var moved = row.With(Step(row, 4, ConversationStatusDto.Queued, new MovedToQueueStep("support", "sales", "max-wait")));
        var linked = moved.With(Step(row, 5, ConversationStatusDto.Queued, new CustomerLinkedStep(lukas, Sam, "Sam")));

        Assert.Equal(("sales", lukas), (linked.Item.QueueId, linked.Item.CustomerId));
    }
}
