using ContactCenter.Contracts.Agents;
using ContactCenter.Domain.Agents;
using ContactCenter.Domain.Common;
using ContactCenter.Server.Features.Routing;
using ContactCenter.Server.Persistence.EventStreams;

namespace ContactCenter.Server.Features.Agents.Presence;

public sealed record PresenceOutcome(AgentPresenceDto Presence, RuleViolation? Error = null);

/// <summary>
/// Changes an agent's presence on the one write path of streams (<see cref="PresenceWrites"/>):
/// decide on the agent's state, append with the expected version, commit, then tell the agent's
/// screens and the supervisors.
/// </summary>
public sealed partial class PresenceHandler(StreamWriter<AgentPresenceCommand, AgentPresence> writer, RouterWake router)
{
    public async Task<PresenceOutcome> ExecuteAsync(AgentPresenceCommand command, CancellationToken cancellationToken)
    {
        var written = await writer.WriteAsync(command, cancellationToken);
        // Load is reported by the router itself, which already routes busy agents by capacity.
        if (written.Commit is not null && command is not ReportLoad)
        {
            await router.WakeAsync(cancellationToken);
        }

        return new PresenceOutcome(ToDto(written.State, written.Version), written.Error);
    }
}
