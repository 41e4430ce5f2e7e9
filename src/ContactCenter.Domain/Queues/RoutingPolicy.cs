namespace ContactCenter.Domain.Queues;

/// <summary>How the router picks among eligible agents of a queue.</summary>
public enum RoutingPolicy
{
    LongestIdle,
    LeastBusy,
    RoundRobin,
}
