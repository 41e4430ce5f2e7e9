using System.Text.Json;
using ContactCenter.Contracts.Conversations;
using ContactCenter.Domain.Conversations;
using ContactCenter.Server.Features.Conversations.Handling;

namespace ContactCenter.Server.Tests.Exhaustiveness;

/// <summary>
/// What the step mapper lets a customer see (docs/realtime.md, "The step contract"): staff-only
/// facts arrive as hidden steps that keep their version, and no staff id is in any step a customer gets.
/// </summary>
public sealed class StepMapperTests
{
    public static TheoryData<ConversationEvent> Events => Samples.Every<ConversationEvent>();

    // Each event is one or the other: a new event fails below until someone decides which.
    private static readonly Type[] StaffOnly =
    [
        typeof(PrivateNotePosted), typeof(ConversationOffered), typeof(OfferDeclined), typeof(ConversationLabeled),
        typeof(ConversationUnlabeled), typeof(ConversationLinkedToCustomer), typeof(TransferOffered), typeof(TransferDeclined),
        typeof(WrapUpRecorded), typeof(WrapUpFinished), typeof(ConferenceInvited), typeof(ConferenceDeclined),
    ];

    private static readonly Type[] CustomerSees =
    [
        typeof(ConversationStarted), typeof(ConversationAssigned), typeof(OfferAccepted), typeof(MessagePosted),
        typeof(ConversationMovedToQueue), typeof(ConversationPending), typeof(ConversationEnded), typeof(ConversationResolved),
        typeof(CustomerLeft), typeof(ConversationRated), typeof(MessagesRead), typeof(ConversationTransferred),
        typeof(TransferAccepted), typeof(ConferenceJoined), typeof(ParticipantLeft),
    ];

    [Theory, MemberData(nameof(Events))]
    public void Every_event_is_decided_staff_only_or_seen_by_the_customer(ConversationEvent e) =>
        Assert.True(StaffOnly.Contains(e.GetType()) ^ CustomerSees.Contains(e.GetType()), $"{e.GetType().Name}: list it in exactly one of StaffOnly and CustomerSees");

    [Theory, MemberData(nameof(Events))]
    public void A_staff_only_fact_reaches_the_customer_as_a_hidden_step(ConversationEvent e)
    {
        var customer = ConversationEventMapper.Payload(e, staff: false);

        Assert.Equal(StaffOnly.Contains(e.GetType()), customer is HiddenStep);
        Assert.IsNotType<HiddenStep>(ConversationEventMapper.Payload(e, staff: true));
    }

    [Theory, MemberData(nameof(Events))]
    public void No_step_a_customer_gets_carries_a_staff_id(ConversationEvent e)
    {
        // Tried: every event with the agent's id in every id it has (offered to, assigned, reader, linker).
        var json = JsonSerializer.Serialize(ConversationEventMapper.Payload(e, staff: false), JsonSerializerOptions.Web);

        Assert.DoesNotContain(Samples.StaffId.ToString(), json, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Staff_see_who_was_offered_assigned_and_read()
    {
        var offered = new ConversationOffered(Samples.ConversationId, Samples.StaffId, "Jamie Agent", Guid.NewGuid(), Samples.At.AddSeconds(20), 1, Samples.At);
        var read = new MessagesRead(Samples.ConversationId, Samples.Staff, Guid.Empty, Samples.At);

        Assert.Equal(new OfferedStep(Samples.StaffId, "Jamie Agent", Samples.At.AddSeconds(20)), ConversationEventMapper.Payload(offered, staff: true));
        Assert.Equal(new ReadStep(AuthorKindDto.Agent, "Jamie Agent", Guid.Empty, Samples.StaffId), ConversationEventMapper.Payload(read, staff: true));
        Assert.Equal(new ReadStep(AuthorKindDto.Agent, "Jamie Agent", Guid.Empty, null), ConversationEventMapper.Payload(read, staff: false));
    }

    [Fact]
    public void The_customer_does_not_get_their_own_read_receipts()
    {
        var ownRead = new MessagesRead(Samples.ConversationId, new Author(AuthorKind.Customer, Samples.CustomerId, "Nora Nilsen"), Guid.Empty, Samples.At);

        Assert.IsType<HiddenStep>(ConversationEventMapper.Payload(ownRead, staff: false));
        Assert.IsType<ReadStep>(ConversationEventMapper.Payload(ownRead, staff: true));
    }

    [Fact]
    public void Every_step_kind_but_hidden_is_what_some_event_shows_staff()
    {
        var shown = Samples.All<ConversationEvent>().Select(e => ConversationEventMapper.Payload(e, staff: true).GetType()).ToHashSet();

        Assert.Equal(StepKinds.All.Keys.Where(t => t != typeof(HiddenStep)).OrderBy(t => t.Name), shown.OrderBy(t => t.Name));
    }
}
