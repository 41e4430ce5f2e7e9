using ContactCenter.Domain.Agents;
using ContactCenter.Domain.Routing;
using static ContactCenter.Domain.Tests.Agents.Presence.PresenceScenario;

namespace ContactCenter.Domain.Tests.Agents.Presence;

public sealed class ChoosingStateTests
{
    private static ChooseState Choose(GlobalState state, string? reason = null) => new(AgentId, state, reason, Now);

    [Fact]
    public void An_offline_agent_choosing_ready_goes_ready_by_their_own_choice()
    {
        Given(Offline)
            .When(Choose(GlobalState.Ready))
            .Then(new AgentStateChanged(AgentId, GlobalState.Ready, null, "agent", Now));
    }

    [Fact]
    public void A_ready_agent_choosing_not_ready_with_a_reason_goes_not_ready_with_that_reason()
    {
        Given(Ready)
            .When(Choose(GlobalState.NotReady, "lunch"))
            .Then(new AgentStateChanged(AgentId, GlobalState.NotReady, "lunch", "agent", Now));
    }

    [Fact]
    public void A_ready_agent_choosing_offline_goes_offline_by_their_own_choice()
    {
        Given(Ready)
            .When(Choose(GlobalState.Offline))
            .Then(new AgentStateChanged(AgentId, GlobalState.Offline, null, "agent", Now));
    }

    [Theory]
    [InlineData(GlobalState.Ready)]
    [InlineData(GlobalState.Offline)]
    public void A_reason_given_with_ready_or_offline_is_not_recorded(GlobalState chosen)
    {
        Given(AtLunch)
            .When(Choose(chosen, "lunch"))
            .Then(new AgentStateChanged(AgentId, chosen, null, "agent", Now));
    }

    [Theory]
    [InlineData(nameof(Offline))]
    [InlineData(nameof(Ready))]
    [InlineData(nameof(AtLunch))]
    public void Choosing_busy_is_refused_because_the_system_sets_it(string history)
    {
        Given(History(history))
            .When(Choose(GlobalState.Busy))
            .ThenRefused("busy-is-automatic");
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    public void Choosing_not_ready_without_a_reason_is_refused(string? reason)
    {
        Given(Ready)
            .When(Choose(GlobalState.NotReady, reason))
            .ThenRefused("reason-required");
    }

    [Theory]
    [InlineData(nameof(Ready))]
    [InlineData(nameof(AtLunch))]
    public void Choosing_the_missed_offer_reason_is_refused_because_the_system_sets_it(string history)
    {
        Given(History(history))
            .When(Choose(GlobalState.NotReady, ReasonCode.MissedOfferId))
            .ThenRefused("reason-is-automatic");
    }

    [Fact]
    public void An_agent_not_ready_after_a_missed_offer_cannot_choose_that_reason_either()
    {
        Given(NotReadyAfterMissedOffer)
            .When(Choose(GlobalState.NotReady, ReasonCode.MissedOfferId))
            .ThenRefused("reason-is-automatic");
    }

    [Fact]
    public void Choosing_ready_again_when_ready_changes_nothing()
    {
        Given(Ready)
            .When(Choose(GlobalState.Ready))
            .ThenNothing();
    }

    [Fact]
    public void Choosing_offline_again_when_offline_changes_nothing()
    {
        Given(Offline)
            .When(Choose(GlobalState.Offline))
            .ThenNothing();
    }

    [Fact]
    public void Choosing_offline_again_after_going_offline_changes_nothing()
    {
        Given(OfflineAgain)
            .When(Choose(GlobalState.Offline))
            .ThenNothing();
    }

    [Fact]
    public void Choosing_not_ready_again_with_the_same_reason_changes_nothing()
    {
        Given(AtLunch)
            .When(Choose(GlobalState.NotReady, "lunch"))
            .ThenNothing();
    }

    [Fact]
    public void Choosing_not_ready_with_another_reason_while_not_ready_changes_the_reason()
    {
        Given(AtLunch)
            .When(Choose(GlobalState.NotReady, "training"))
            .Then(new AgentStateChanged(AgentId, GlobalState.NotReady, "training", "agent", Now));
    }

    [Fact]
    public void An_agent_not_ready_after_a_missed_offer_may_choose_a_reason_of_their_own()
    {
        var state = Given(NotReadyAfterMissedOffer)
            .When(Choose(GlobalState.NotReady, "break"))
            .Then(new AgentStateChanged(AgentId, GlobalState.NotReady, "break", "agent", Now))
            .State;

        Assert.Equal("break", state.ReasonCodeId);
    }

    [Fact]
    public void An_agent_not_ready_after_a_missed_offer_may_choose_ready_again()
    {
        Given(NotReadyAfterMissedOffer)
            .When(Choose(GlobalState.Ready))
            .Then(new AgentStateChanged(AgentId, GlobalState.Ready, null, "agent", Now));
    }

    [Fact]
    public void Choosing_a_state_leaves_the_channels_as_they_were()
    {
        var state = Given(Offline).When(Choose(GlobalState.Ready)).State;

        Assert.Equal(AgentPresence.DefaultChat, Assert.Single(state.Channels).Value);
    }
}
