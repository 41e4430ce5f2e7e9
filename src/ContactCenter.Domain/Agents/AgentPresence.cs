using ContactCenter.Domain.Common;
using ContactCenter.Domain.Queues;
using ContactCenter.Domain.Routing;

namespace ContactCenter.Domain.Agents;

/// <summary>An agent's presence folded from its stream, and the pure rules that change it.</summary>
public sealed record AgentPresence
{
    public const int MaxCapacity = 20;
    public static readonly ChannelPresence DefaultChat = new(ChannelKind.Chat, Ready: true, Capacity: 3, InUse: 0);

    public required Guid AgentId { get; init; }
    public GlobalState State { get; init; } = GlobalState.Offline;
    public string? ReasonCodeId { get; init; }
    public DateTimeOffset Since { get; init; }
    public IReadOnlyDictionary<ChannelKind, ChannelPresence> Channels { get; init; } =
        new Dictionary<ChannelKind, ChannelPresence> { [ChannelKind.Chat] = DefaultChat };

    /// <summary>Ready channels at capacity, as last reported by the system (docs/domain.md, "Agents": per channel "busy").</summary>
    public IReadOnlyList<ChannelKind> BusyChannels { get; init; } = [];

    public static AgentPresence Initial(Guid agentId) => new() { AgentId = agentId };

    public static AgentPresence Evolve(AgentPresence state, AgentPresenceEvent @event) => @event switch
    {
        AgentStateChanged e => state with { State = e.State, ReasonCodeId = e.ReasonCodeId, Since = e.At },
        AgentChannelChanged e => state with
        {
            Channels = new Dictionary<ChannelKind, ChannelPresence>(state.Channels)
            {
                [e.Channel] = (state.Channels.GetValueOrDefault(e.Channel) ?? new ChannelPresence(e.Channel, false, 0, 0)) with { Ready = e.Ready, Capacity = e.Capacity },
            },
        },
        AgentChannelBusyChanged { Busy: true } e => state with { BusyChannels = [.. state.BusyChannels.Where(c => c != e.Channel), e.Channel] },
        AgentChannelBusyChanged e => state with { BusyChannels = [.. state.BusyChannels.Where(c => c != e.Channel)] },
        _ => throw Unhandled.Case(@event),
    };

    public static Decision Decide(AgentPresenceCommand command, AgentPresence state) => command switch
    {
        ChooseState { State: GlobalState.Busy } => Decision.Refuse(RuleViolation.Invalid("busy-is-automatic", "Busy is set by the system while you are at capacity; choose ready, not ready or offline.")),
        ChooseState { State: GlobalState.NotReady } c when string.IsNullOrWhiteSpace(c.ReasonCodeId) => Decision.Refuse(RuleViolation.Invalid("reason-required", "Choose a reason for not being ready.")),
        ChooseState { State: GlobalState.NotReady, ReasonCodeId: ReasonCode.MissedOfferId } => Decision.Refuse(RuleViolation.Invalid("reason-is-automatic", "'Missed offer' is set by the system; choose another reason.")),
        // A busy agent is ready, only full: choosing ready again changes nothing.
        ChooseState { State: GlobalState.Ready } when state.State == GlobalState.Busy => Decision.NoChange,
        ChooseState c when c.State == state.State && (c.State != GlobalState.NotReady || c.ReasonCodeId == state.ReasonCodeId) => Decision.NoChange,
        ChooseState c => Decision.Accept(new AgentStateChanged(c.AgentId, c.State, c.State == GlobalState.NotReady ? c.ReasonCodeId : null, "agent", c.Now)),
        SetChannel { Capacity: < 0 or > MaxCapacity } => Decision.Refuse(RuleViolation.Invalid("capacity-out-of-range", $"A channel's capacity is from 0 to {MaxCapacity} conversations.")),
        SetChannel c when state.Channels.TryGetValue(c.Channel, out var now) && now.Ready == c.Ready && now.Capacity == c.Capacity => Decision.NoChange,
        SetChannel c => Decision.Accept(new AgentChannelChanged(c.AgentId, c.Channel, c.Ready, c.Capacity, c.Now)),
        MissOffer c => state.State is GlobalState.Ready or GlobalState.Busy
            ? Decision.Accept(new AgentStateChanged(c.AgentId, GlobalState.NotReady, ReasonCode.MissedOfferId, "missed-offer", c.Now))
            : Decision.NoChange,
        ReportLoad c => AgentCapacity.Decide(c, state),
        LoseAllConnections c => state.State == GlobalState.Offline
            ? Decision.NoChange
            : Decision.Accept(new AgentStateChanged(c.AgentId, GlobalState.Offline, null, "connections-lost", c.Now)),
        EndSession c => state.State == GlobalState.Offline
            ? Decision.NoChange
            : Decision.Accept(new AgentStateChanged(c.AgentId, GlobalState.Offline, null, c.Why, c.Now)),
        _ => throw new ArgumentOutOfRangeException(nameof(command), command, "A presence command without a rule."),
    };
}
