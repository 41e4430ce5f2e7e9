namespace ContactCenter.Server.Realtime;

/// <summary>Hub groups of the wallboard: one per queue, joined by those who may watch that queue.</summary>
public static class FloorGroups
{
    public static string Queue(string queueId) => $"floor:{queueId}";
}
