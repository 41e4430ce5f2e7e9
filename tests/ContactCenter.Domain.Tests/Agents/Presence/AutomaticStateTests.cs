using ContactCenter.Domain.Agents;
using ContactCenter.Domain.Routing;
using static ContactCenter.Domain.Tests.Agents.Presence.PresenceScenario;

namespace ContactCenter.Domain.Tests.Agents.Presence;

public sealed class AutomaticStateTests
{
    private static readonly MissOffer Miss = new(AgentId, Now);
    private static readonly LoseAllConnections LoseConnections = new(AgentId, Now);

    [Fact]
    public void A_ready_agent_who_misses_an_offer_goes_not_ready_with_the_missed_offer_reason()
    {
        Given(Ready)
            .When(Miss)
            .Then(new AgentStateChanged(AgentId, GlobalState.NotReady, ReasonCode.MissedOfferId, "missed-offer", Now));
    }

    [Fact]
    public void After_a_missed_offer_the_agent_is_not_ready_for_that_reason_since_then()
    {
        var state = Given(Ready).When(Miss).State;

        Assert.Equal(GlobalState.NotReady, state.State);
        Assert.Equal("missed-offer", state.ReasonCodeId);
        Assert.Equal(Now, state.Since);
    }

    [Theory]
    [InlineData(nameof(AtLunch))]
    [InlineData(nameof(NotReadyAfterMissedOffer))]
    [InlineData(nameof(Offline))]
    [InlineData(nameof(OfflineAgain))]
    public void A_missed_offer_changes_nothing_for_an_agent_who_is_not_ready(string history)
    {
        Given(History(history))
            .When(Miss)
            .ThenNothing();
    }

    [Theory]
    [InlineData(nameof(Ready))]
    [InlineData(nameof(AtLunch))]
    [InlineData(nameof(NotReadyAfterMissedOffer))]
    public void Losing_all_connections_puts_an_online_agent_offline(string history)
    {
        Given(History(history))
            .When(LoseConnections)
            .Then(new AgentStateChanged(AgentId, GlobalState.Offline, null, "connections-lost", Now));
    }

    [Theory]
    [InlineData(nameof(Offline))]
    [InlineData(nameof(OfflineAgain))]
    public void Losing_all_connections_changes_nothing_for_an_agent_already_offline(string history)
    {
        Given(History(history))
            .When(LoseConnections)
            .ThenNothing();
    }

    [Fact]
    public void An_agent_who_lost_all_connections_is_offline_without_a_reason()
    {
        var state = Given(AtLunch).When(LoseConnections).State;

        Assert.Equal(GlobalState.Offline, state.State);
        Assert.Null(state.ReasonCodeId);
        Assert.Equal(Now, state.Since);
    }
}
