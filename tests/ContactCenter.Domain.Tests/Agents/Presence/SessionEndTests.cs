using ContactCenter.Domain.Agents;
using ContactCenter.Domain.Routing;
using static ContactCenter.Domain.Tests.Agents.Presence.PresenceScenario;

namespace ContactCenter.Domain.Tests.Agents.Presence;

/// <summary>Signing out, a disabled account or changed access: offline at once, with why.</summary>
public sealed class SessionEndTests
{
    [Theory]
    [InlineData(nameof(Ready), EndSession.SignedOut)]
    [InlineData(nameof(AtLunch), EndSession.AccessEnded)]
    [InlineData(nameof(NotReadyAfterMissedOffer), EndSession.SignedOut)]
    public void An_ended_session_puts_an_online_agent_offline_with_why(string history, string why)
    {
        Given(History(history))
            .When(new EndSession(AgentId, why, Now))
            .Then(new AgentStateChanged(AgentId, GlobalState.Offline, null, why, Now));
    }

    [Theory]
    [InlineData(nameof(Offline))]
    [InlineData(nameof(OfflineAgain))]
    public void An_ended_session_changes_nothing_for_an_agent_already_offline(string history)
    {
        Given(History(history))
            .When(new EndSession(AgentId, EndSession.SignedOut, Now))
            .ThenNothing();
    }
}
