using ContactCenter.Contracts.Supervisor;
using ContactCenter.Domain.Metrics.Floor;
using ContactCenter.Server.Features.Supervising.Floor;

namespace ContactCenter.Server.Components.Supervisor;

/// <summary>
/// The total tile over the queues a wallboard shows: the domain's sums of the server's counts
/// (each wait was judged against its own queue's threshold there), agents counted once from their rows.
/// </summary>
public static class WallboardTotals
{
    public static FloorQueueDto Of(IReadOnlyList<FloorQueueDto> queues, IReadOnlyList<FloorAgentDto> agents)
    {
        var states = new AgentStates(
            agents.Count(a => a.State == "Ready"), agents.Count(a => a.State == "Busy"), agents.Count(a => a.State == "Offline"),
            agents.Where(a => a.State == "NotReady").GroupBy(a => a.ReasonCodeId ?? "").ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal),
            agents.Count(a => a.InWrapUp));
        var total = FloorFigures.Total(queues.Select(ToFigures), states);
        return FloorMapper.ToDto(total, "Total", queues.Sum(q => q.Version), TimeSpan.Zero, null);
    }

    private static QueueFigures ToFigures(FloorQueueDto q) => new()
    {
        QueueId = q.QueueId,
        Waiting = q.Waiting,
        LongestWaitSince = q.LongestWaitSince,
        Active = q.Active,
        InWrapUp = q.InWrapUp,
        Offered = q.Offered,
        Answered = q.Answered,
        Abandoned = q.Abandoned,
        AnsweredWithinThreshold = q.AnsweredWithinThreshold,
        AbandonedAfterThreshold = q.AbandonedAfterThreshold,
        TotalAnsweredWait = q.TotalAnsweredWait,
        Handled = q.Handled,
        TotalHandleTime = q.TotalHandleTime,
        TransferredOut = q.TransferredOut,
        Agents = new AgentStates(q.Agents.Ready, q.Agents.Busy, q.Agents.Offline, q.Agents.NotReady, q.Agents.InWrapUp),
    };
}
