namespace ContactCenter.Server.Realtime;

/// <summary>Hub groups of staff: one per agent (all their tabs, on every node), and the supervisors.</summary>
public static class AgentGroups
{
    public const string Supervisors = "supervisors";

    public static string Agent(Guid agentId) => $"agent:{agentId}";
}
