using ContactCenter.Domain.Agents;
using JasperFx.Events;
using Marten.Events.Aggregation;

namespace ContactCenter.Server.Features.Agents.Presence;

/// <summary>Keeps each agent's current presence by the domain's own fold, inline: a change is readable at once.</summary>
public sealed class AgentPresenceProjection : SingleStreamProjection<AgentPresence, Guid>
{
    // Without a filter an explicit Evolve runs on every stream: every chat message once loaded and
    // upserted a presence row keyed by the conversation's id (docs/storage.md, rule 3).
    public AgentPresenceProjection()
    {
        foreach (var type in AgentPresenceEventTypes.All)
        {
            IncludeType(type);
        }
    }

    public override AgentPresence? Evolve(AgentPresence? snapshot, Guid id, IEvent e) =>
        e.Data is AgentPresenceEvent presence ? AgentPresence.Evolve(snapshot ?? AgentPresence.Initial(id), presence) : snapshot;
}
