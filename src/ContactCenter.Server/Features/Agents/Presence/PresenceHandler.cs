using ContactCenter.Contracts.Agents;
using ContactCenter.Domain.Agents;
using ContactCenter.Domain.Common;
using ContactCenter.Server.Features.Routing;
using ContactCenter.Server.Realtime;
using JasperFx;
using JasperFx.Events;
using Marten;

namespace ContactCenter.Server.Features.Agents.Presence;

public sealed record PresenceOutcome(AgentPresenceDto Presence, RuleViolation? Error = null);

/// <summary>
/// Changes an agent's presence like conversations change: read the agent's stream, decide, append
/// with the expected version, commit, then tell the agent's screens and the supervisors.
/// </summary>
public sealed class PresenceHandler(IDocumentStore store, PresenceNotifier notifier, RouterWake router)
{
    private const int Attempts = 3;

    public async Task<PresenceOutcome> ExecuteAsync(AgentPresenceCommand command, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await TryOnceAsync(command, cancellationToken);
            }
            catch (Exception e) when (e is ConcurrencyException or ExistingStreamIdCollisionException && attempt < Attempts)
            {
            }
        }
    }

    public static async Task<(AgentPresence State, long Version)> ReadAsync(IQuerySession session, Guid agentId, CancellationToken cancellationToken)
    {
        var events = await session.Events.FetchStreamAsync(agentId, token: cancellationToken);
        return (events.Aggregate(AgentPresence.Initial(agentId), (state, e) => AgentPresence.Evolve(state, e.Data)), events.Count == 0 ? 0 : events[^1].Version);
    }

    public static AgentPresenceDto ToDto(AgentPresence p, long version) => new(
        p.AgentId, p.State.ToString(), p.ReasonCodeId, p.Since,
        [.. p.Channels.Values.OrderBy(c => c.Channel).Select(c => new ChannelStateDto(c.Channel.ToString(), c.Ready, c.Capacity, p.BusyChannels.Contains(c.Channel)))], version);

    private async Task<PresenceOutcome> TryOnceAsync(AgentPresenceCommand command, CancellationToken cancellationToken)
    {
        await using var session = store.LightweightSession();
        var (state, version) = await ReadAsync(session, command.AgentId, cancellationToken);
        var decision = AgentPresence.Decide(command, state);
        if (decision.Error is not null || decision.Events.Count == 0)
        {
            return new PresenceOutcome(ToDto(state, version), decision.Error);
        }

        var events = decision.Events.ToArray();
        if (version == 0)
        {
            session.Events.StartStream<AgentPresence>(command.AgentId, events);
        }
        else
        {
            session.Events.Append(command.AgentId, version + events.Length, events);
        }

        await session.SaveChangesAsync(cancellationToken);
        var presence = ToDto(events.Aggregate(state, AgentPresence.Evolve), version + events.Length);
        notifier.Publish(presence);
        // Load is reported by the router itself, which already routes busy agents by capacity.
        if (command is not ReportLoad)
        {
            await router.WakeAsync(cancellationToken);
        }

        return new PresenceOutcome(presence);
    }
}
