using ContactCenter.Contracts.Conversations;
using ContactCenter.Contracts.Desk;
using ContactCenter.Server.Components.Agent;
using ContactCenter.Server.Features.Conversations.Handling;
using ContactCenter.Testing;

namespace ContactCenter.Server.Tests.Exhaustiveness;

/// <summary>
/// Every step kind, found from the contract, through every switch of the desk, and every kind a
/// customer can get through the widget's: a kind one of them forgot fails here by name.
/// </summary>
public sealed class EveryStepTests
{
    public static TheoryData<StepPayload> Payloads => Samples.Every<StepPayload>();

    [Fact]
    public void The_enumeration_finds_every_declared_kind() =>
        Assert.Equal(StepKinds.All.Keys.OrderBy(t => t.Name), Samples.All<StepPayload>().Select(p => p.GetType()).OrderBy(t => t.Name));

    [Theory, MemberData(nameof(Payloads))]
    public void An_inbox_row_folds_it(StepPayload payload)
    {
        var row = new InboxRow(Item(version: 4));

        var after = row.With(new ConversationEventDto(Samples.ConversationId, 5, Samples.At.AddMinutes(2), ConversationStatusDto.Active, payload));

        Assert.Equal((5L, ConversationStatusDto.Active), (after.Item.Version, after.Item.Status));
    }

    [Theory, MemberData(nameof(Payloads))]
    public void The_desk_knows_what_it_means(StepPayload payload)
    {
        Assert.True(Enum.IsDefined(DeskState.Reread(payload)));
        _ = DeskState.CountsForMe(payload);
        _ = SystemLines.For(payload, id => id ?? "");
    }

    [Theory, MemberData(nameof(Payloads))]
    public void The_widget_has_a_case_for_every_kind_a_customer_can_get(StepPayload payload)
    {
        var kind = StepKinds.Of(payload);
        var customerGetsIt = Samples.All<Domain.Conversations.ConversationEvent>()
            .Any(e => ConversationEventMapper.Payload(e, staff: false).GetType() == payload.GetType());

        // The widget's switch over kinds (wwwroot/widget/widget.js, apply).
        Assert.Equal(customerGetsIt, Widget.Contains($"case \"{kind}\":", StringComparison.Ordinal));
    }

    private static readonly string Widget = File.ReadAllText(Path.Combine(TestFolders.Repository(), "src", "ContactCenter.Server", "wwwroot", "widget", "widget.js"));


    private static InboxItemDto Item(long version) => new(
        Samples.ConversationId, Samples.CustomerId, "Nora Nilsen", "support", "Support", "web-chat", "Chat", 0, ConversationStatusDto.Queued,
        null, null, Samples.At, Samples.At, "", [], null, null, version);
}
