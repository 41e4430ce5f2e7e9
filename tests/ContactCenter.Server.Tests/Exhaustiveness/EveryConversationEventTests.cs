using ContactCenter.Domain.Agents;
using ContactCenter.Domain.Conversations;
using ContactCenter.Domain.Metrics;
using ContactCenter.Domain.Metrics.Floor;
using ContactCenter.Server.Features.Analytics;
using ContactCenter.Server.Features.Conversations.Handling;

namespace ContactCenter.Server.Tests.Exhaustiveness;

/// <summary>
/// Every conversation event, found by reflection, through every fold, rule and mapper (docs/domain.md,
/// "Adding an event"): a new event that one of them forgot fails here by name instead of being
/// silently dropped. Each switch has no default; its last arm throws.
/// </summary>
public sealed class EveryConversationEventTests
{
    public static TheoryData<ConversationEvent> Events => Samples.Every<ConversationEvent>();

    public static TheoryData<AgentPresenceEvent> PresenceEvents => Samples.Every<AgentPresenceEvent>();

    private static readonly ConversationEvent[] Answered =
    [
        new ConversationStarted(Samples.ConversationId, Samples.CustomerId, "support", "web-chat", Samples.At),
        new ConversationAssigned(Samples.ConversationId, Samples.StaffId, "Jamie Agent", Author.Automatic, Samples.At),
    ];

    [Fact]
    public void The_enumeration_finds_the_events_the_store_registers()
    {
        Assert.Equal(ConversationEventTypes.All, Samples.All<ConversationEvent>().Select(e => e.GetType()));
        Assert.Equal(AgentPresenceEventTypes.All, Samples.All<AgentPresenceEvent>().Select(e => e.GetType()));
        Assert.True(ConversationEventTypes.All.Count >= 17, $"only {ConversationEventTypes.All.Count} conversation events found");
    }

    [Theory, MemberData(nameof(Events))]
    public void The_deciders_fold_has_a_case_for_it(ConversationEvent e) =>
        Assert.NotNull(Conversation.Evolve(Fold<Conversation>(Answered, Conversation.Evolve), e));

    [Theory, MemberData(nameof(Events))]
    public void The_history_has_a_case_for_it(ConversationEvent e) =>
        Assert.NotNull(ConversationHistory.Evolve(Fold<ConversationHistory>(Answered, ConversationHistory.Evolve), e));

    [Theory, MemberData(nameof(Events))]
    public void The_metrics_facts_have_a_case_for_it(ConversationEvent e) =>
        Assert.NotNull(ConversationFacts.Evolve(Fold<ConversationFacts>(Answered, ConversationFacts.Evolve), e));

    [Theory, MemberData(nameof(Events))]
    public void The_wallboards_floor_has_a_case_for_it(ConversationEvent e)
    {
        var floor = new LiveFloor(Samples.At, TimeZoneInfo.Utc);
        floor.Apply(Answered[0], 1);
        floor.Apply(Answered[1], 2);

        floor.Apply(e, 3);
        Assert.Equal(e is ConversationStarted ? 2 : 3, floor.VersionOf(Samples.ConversationId));
    }

    [Theory, MemberData(nameof(Events))]
    public void The_facts_projection_receives_it_if_the_fold_reads_it(ConversationEvent e)
    {
        var facts = Fold<ConversationFacts>(Answered, ConversationFacts.Evolve);

        if (!new ConversationFactsProjection().IncludedEventTypes.Contains(e.GetType()))
        {
            Assert.Same(facts, ConversationFacts.Evolve(facts, e));
        }
    }

    [Theory, MemberData(nameof(Events))]
    public void The_status_rules_have_a_case_for_it_from_every_status(ConversationEvent e) =>
        Assert.All(Enum.GetValues<ConversationStatus>(), status => Assert.True(Enum.IsDefined(ConversationLifecycle.StatusAfter(status, e))));

    [Theory, MemberData(nameof(Events))]
    public void The_push_and_routing_rules_have_a_case_for_it(ConversationEvent e)
    {
        _ = ConversationEventRules.ChangesTheQueue(e);
        _ = ConversationEventRules.MayAllowAnOffer(e);
    }

    [Theory, MemberData(nameof(Events))]
    public void The_mapper_has_a_case_for_it_for_staff_and_for_the_customer(ConversationEvent e)
    {
        Assert.NotNull(ConversationEventMapper.Payload(e, staff: true));
        Assert.NotNull(ConversationEventMapper.Payload(e, staff: false));
    }

    [Theory, MemberData(nameof(PresenceEvents))]
    public void The_presence_fold_has_a_case_for_it(AgentPresenceEvent e) =>
        Assert.NotNull(AgentPresence.Evolve(AgentPresence.Initial(Samples.StaffId), e));

    private static TState? Fold<TState>(IEnumerable<ConversationEvent> events, Func<TState?, ConversationEvent, TState?> evolve) where TState : class =>
        events.Aggregate((TState?)null, evolve);
}
