using ContactCenter.Domain.Agents;
using ContactCenter.Domain.Conversations;

namespace ContactCenter.Server.Features.Supervising.Floor;

// Folding what another node committed (FloorRelay said which stream and version): read from the
// store after what this floor has of that stream, so a repeated or late notice changes nothing.
public sealed partial class FloorKeeper
{
    private async Task FoldRemoteAsync(FloorInput.Remote remote, CancellationToken cancellationToken)
    {
        long known;
        lock (_gate)
        {
            known = remote.IsConversation ? _floor.VersionOf(remote.StreamId) : _floor.PresenceVersionOf(remote.StreamId);
        }

        if (remote.Version <= known)
        {
            return;
        }

        await using var session = store.QuerySession();
        if (remote.IsConversation)
        {
            // Only the steps after what this floor has: a busy chat is not read whole at every notice.
            var events = await session.Events.FetchStreamAsync(remote.StreamId, fromVersion: known + 1, token: cancellationToken);
            lock (_gate)
            {
                foreach (var e in events.Where(e => e.Version > known && e.Data is ConversationEvent))
                {
                    var step = (ConversationEvent)e.Data;
                    _floor.RollTo(step.At);
                    Push(_floor.Apply(step, e.Version));
                }
            }
        }
        else if (await session.LoadAsync<AgentPresence>(remote.StreamId, cancellationToken) is { } presence
            && await session.Events.FetchStreamStateAsync(remote.StreamId, cancellationToken) is { } state)
        {
            lock (_gate)
            {
                Push(_floor.Apply(presence, state.Version));
            }
        }
    }
}
