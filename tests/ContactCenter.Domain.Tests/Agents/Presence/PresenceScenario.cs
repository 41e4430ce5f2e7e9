using ContactCenter.Domain.Agents;
using ContactCenter.Domain.Common;
using ContactCenter.Domain.Routing;

namespace ContactCenter.Domain.Tests.Agents.Presence;

/// <summary>
/// Given past events (folded with <see cref="AgentPresence.Evolve"/> from <see cref="AgentPresence.Initial"/>),
/// when a command, then the events decided or the error code; plus the histories the presence tests share,
/// all at fixed instants (<see cref="T0"/> onwards, commands at <see cref="Now"/>).
/// </summary>
internal static class PresenceScenario
{
    public static readonly Guid AgentId = Guid.Parse("0193a1b2-0000-7000-8000-00000000a001");
    public static readonly DateTimeOffset T0 = new(2025, 3, 4, 9, 0, 0, TimeSpan.Zero);
    public static readonly DateTimeOffset Now = T0.AddMinutes(30);

    public static readonly AgentStateChanged WentReady = new(AgentId, GlobalState.Ready, null, "agent", T0);
    public static readonly AgentStateChanged WentToLunch = new(AgentId, GlobalState.NotReady, "lunch", "agent", T0.AddMinutes(10));
    public static readonly AgentStateChanged MissedAnOffer = new(AgentId, GlobalState.NotReady, ReasonCode.MissedOfferId, "missed-offer", T0.AddMinutes(10));
    public static readonly AgentStateChanged WentOffline = new(AgentId, GlobalState.Offline, null, "agent", T0.AddMinutes(20));

    // The histories that lead to each global state, by the events that lead there.
    public static object[] Offline => [];
    public static object[] Ready => [WentReady];
    public static object[] AtLunch => [WentReady, WentToLunch];
    public static object[] NotReadyAfterMissedOffer => [WentReady, MissedAnOffer];
    public static object[] OfflineAgain => [WentReady, WentOffline];

    /// <summary>The histories by name, for theories (xunit shows the name, not the events).</summary>
    public static object[] History(string name) => name switch
    {
        nameof(Offline) => Offline,
        nameof(Ready) => Ready,
        nameof(AtLunch) => AtLunch,
        nameof(NotReadyAfterMissedOffer) => NotReadyAfterMissedOffer,
        nameof(OfflineAgain) => OfflineAgain,
        _ => throw new ArgumentOutOfRangeException(nameof(name), name, "No such history."),
    };

    public static PresenceGiven Given(params object[] events) => new(events);

    public static AgentPresence Fold(IEnumerable<object> events) => events.Cast<AgentPresenceEvent>().Aggregate(AgentPresence.Initial(AgentId), AgentPresence.Evolve);
}

internal sealed class PresenceGiven(IReadOnlyList<object> events)
{
    public PresenceOutcome When(AgentPresenceCommand command) => new(events, AgentPresence.Decide(command, PresenceScenario.Fold(events)));
}

internal sealed class PresenceOutcome(IReadOnlyList<object> given, Decision decision)
{
    /// <summary>The state folded from the past events and the decided ones.</summary>
    public AgentPresence State => PresenceScenario.Fold([.. given, .. decision.Events]);

    // Decision is a record, but its event list compares by reference: compare the events one by one.
    public PresenceOutcome Then(params object[] expected)
    {
        Assert.Null(decision.Error);
        Assert.Equal<object>(expected, decision.Events);
        return this;
    }

    public void ThenNothing()
    {
        Assert.Null(decision.Error);
        Assert.Empty(decision.Events);
    }

    public void ThenRefused(string code)
    {
        Assert.Empty(decision.Events);
        Assert.Equal(code, decision.Error?.Code);
    }
}
