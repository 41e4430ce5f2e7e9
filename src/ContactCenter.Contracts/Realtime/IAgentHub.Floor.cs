using ContactCenter.Contracts.Supervisor;

namespace ContactCenter.Contracts.Realtime;

public partial interface IAgentHub
{
    /// <summary>
    /// The wallboard of the queues the caller may watch (those they supervise; every queue with
    /// "dashboard.view.all"); changes follow as <see cref="IAgentClient.FloorQueueChanged"/> and its siblings.
    /// </summary>
    /// <returns>Figures per queue and in total, the agents grid and the live conversations; "permission-denied" without "dashboard.view".</returns>
    Task<FloorSnapshotDto> GetFloor();
}
