using ContactCenter.Contracts.Agents;
using ContactCenter.Domain.Agents;
using ContactCenter.Domain.Queues;
using ContactCenter.Domain.Routing;
using ContactCenter.Server.Features.Agents.Presence;
using ContactCenter.Server.Features.Conversations.Handling;

namespace ContactCenter.Server.Features.Supervising.Floor;

/// <summary>
/// Hands every committed conversation change to the floor as well as to the screens' notifier: the
/// path that already sees each commit, in version order, after it is durable (docs/realtime.md, rule 12).
/// </summary>
public sealed class ConversationFloorTap(IConversationPushes screens, FloorKeeper floor, FloorRelay relay) : IConversationPushes
{
    public void Publish(ConversationChange change)
    {
        screens.Publish(change);
        floor.Add(new FloorInput.Steps([.. change.Steps.Select(s => (s.Event, s.Version))]));
        if (change.Steps.Count > 0)
        {
            relay.Conversation(change.ConversationId, change.Steps[^1].Version);
        }
    }
}

/// <summary>Hands every committed presence change to the floor as well as to the screens' notifier.</summary>
public sealed class PresenceFloorTap(IPresencePushes screens, FloorKeeper floor, FloorRelay relay) : IPresencePushes
{
    public void Publish(AgentPresenceDto presence)
    {
        screens.Publish(presence);
        floor.Add(new FloorInput.Presence(FromDto(presence), presence.Version));
        relay.Presence(presence.AgentId, presence.Version);
    }

    // The push port carries the wire's form (PresenceHandler.ToDto); this is its exact inverse.
    private static AgentPresence FromDto(AgentPresenceDto dto) => new()
    {
        AgentId = dto.AgentId,
        State = Enum.Parse<GlobalState>(dto.State),
        ReasonCodeId = dto.ReasonCodeId,
        Since = dto.Since,
        Channels = dto.Channels.ToDictionary(c => Enum.Parse<ChannelKind>(c.Channel), c => new ChannelPresence(Enum.Parse<ChannelKind>(c.Channel), c.Ready, c.Capacity, 0)),
        BusyChannels = [.. dto.Channels.Where(c => c.Busy).Select(c => Enum.Parse<ChannelKind>(c.Channel))],
    };
}
