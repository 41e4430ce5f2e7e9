using ContactCenter.Domain.Agents;
using JasperFx.Events;
using Marten.Events.Aggregation;

namespace ContactCenter.Server.Features.Agents.Presence;

/// <summary>Keeps each agent's current presence by the domain's own fold, inline: a change is readable at once.</summary>
public sealed class AgentPresenceProjection : SingleStreamProjection<AgentPresence, Guid>
{
    /// <summary>The events of an agent's presence stream, and only those.</summary>
    public static readonly Type[] EventTypes = [typeof(AgentStateChanged), typeof(AgentChannelChanged), typeof(AgentChannelBusyChanged)];

    // Without a filter an explicit Evolve runs on every stream: every chat message once loaded and
    // upserted a presence row keyed by the conversation's id (docs/storage.md, rule 3).
    public AgentPresenceProjection()
    {
        foreach (var type in EventTypes)
        {
            IncludeType(type);
        }
    }

    public override AgentPresence? Evolve(AgentPresence? snapshot, Guid id, IEvent e) =>
        AgentPresence.Evolve(snapshot ?? AgentPresence.Initial(id), e.Data);
}
