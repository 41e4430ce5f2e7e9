using ContactCenter.Contracts.Agents;

namespace ContactCenter.Server.Features.Agents.Presence;

/// <summary>
/// Where a committed presence change goes to reach the agent's tabs and the supervisors: the
/// feature owns the port, the realtime side implements it.
/// </summary>
public interface IPresencePushes
{
    /// <summary>Called after the commit; never waits on a screen.</summary>
    void Publish(AgentPresenceDto presence);
}
