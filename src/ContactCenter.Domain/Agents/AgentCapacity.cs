using ContactCenter.Domain.Common;
using ContactCenter.Domain.Routing;

namespace ContactCenter.Domain.Agents;

/// <summary>
/// Busy as the system sets it (docs/domain.md, "Agents"): a ready channel whose load reached its
/// capacity is busy; a ready agent whose every ready channel is busy is busy, and ready again as
/// soon as one has room. Only changes become events, so a steady load writes nothing.
/// </summary>
public static class AgentCapacity
{
    public static Decision Decide(ReportLoad c, AgentPresence state)
    {
        var full = state.Channels.Values
            .Where(ch => ch.Ready && ch.Capacity > 0 && c.Load.GetValueOrDefault(ch.Channel) >= ch.Capacity)
            .Select(ch => ch.Channel).ToHashSet();
        var events = new List<object>();
        foreach (var channel in state.Channels.Keys.Union(state.BusyChannels).Distinct().Order())
        {
            if (state.BusyChannels.Contains(channel) != full.Contains(channel))
            {
                events.Add(new AgentChannelBusyChanged(c.AgentId, channel, full.Contains(channel), c.Now));
            }
        }

        var ready = state.Channels.Values.Where(ch => ch.Ready).ToList();
        var allFull = ready.Count > 0 && ready.All(ch => full.Contains(ch.Channel));
        if (state.State == GlobalState.Ready && allFull)
        {
            events.Add(new AgentStateChanged(c.AgentId, GlobalState.Busy, null, "at-capacity", c.Now));
        }
        else if (state.State == GlobalState.Busy && !allFull)
        {
            events.Add(new AgentStateChanged(c.AgentId, GlobalState.Ready, null, "capacity-freed", c.Now));
        }

        return events.Count == 0 ? Decision.NoChange : Decision.Accept([.. events]);
    }
}
