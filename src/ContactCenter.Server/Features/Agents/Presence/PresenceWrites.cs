using ContactCenter.Domain.Agents;
using ContactCenter.Domain.Common;
using ContactCenter.Server.Persistence.EventStreams;

namespace ContactCenter.Server.Features.Agents.Presence;

/// <summary>Agents' presence on the write path: the domain's fold and rules, each commit told to the agent's screens and the supervisors.</summary>
public sealed class PresenceWrites(IPresencePushes notifier) : StreamModel<AgentPresenceCommand, AgentPresence>
{
    public override Type StreamType => typeof(AgentPresence);

    public override RuleViolation Conflict { get; } = RuleViolation.Busy("conflict", "Your presence changed at the same moment; try again.");

    public override Guid StreamId(AgentPresenceCommand command) => command.AgentId;

    public override AgentPresence Empty(Guid streamId) => AgentPresence.Initial(streamId);

    public override AgentPresence Evolve(AgentPresence state, object @event) => AgentPresence.Evolve(state, (AgentPresenceEvent)@event);

    public override Decision Decide(AgentPresenceCommand command, AgentPresence state) => AgentPresence.Decide(command, state);

    public override void Publish(AgentPresenceCommand command, StreamCommit<AgentPresence> commit) =>
        notifier.Publish(PresenceHandler.ToDto(commit.After, commit.Version));
}
