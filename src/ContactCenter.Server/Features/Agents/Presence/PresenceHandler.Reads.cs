using ContactCenter.Contracts.Agents;
using ContactCenter.Domain.Agents;
using Marten;

namespace ContactCenter.Server.Features.Agents.Presence;

/// <summary>Presence as screens read it: the agent's stream folded, and the DTO the hub sends.</summary>
public sealed partial class PresenceHandler
{
    public static async Task<(AgentPresence State, long Version)> ReadAsync(IQuerySession session, Guid agentId, CancellationToken cancellationToken)
    {
        var events = await session.Events.FetchStreamAsync(agentId, token: cancellationToken);
        return (events.Aggregate(AgentPresence.Initial(agentId), (state, e) => AgentPresence.Evolve(state, (AgentPresenceEvent)e.Data)), events.Count == 0 ? 0 : events[^1].Version);
    }

    public static AgentPresenceDto ToDto(AgentPresence p, long version) => new(
        p.AgentId, p.State.ToString(), p.ReasonCodeId, p.Since,
        [.. p.Channels.Values.OrderBy(c => c.Channel).Select(c => new ChannelStateDto(c.Channel.ToString(), c.Ready, c.Capacity, p.BusyChannels.Contains(c.Channel)))], version);
}
