namespace ContactCenter.Domain.Metrics.Floor;

/// <summary>
/// One queue's closed intervals of the current day, each counted on the day of the event that
/// closed it (docs/domain.md, "Figures"). Waits are kept whole, not summed, so the service level
/// is judged against the queue's threshold as it is when the figures are read.
/// </summary>
public sealed class QueueDay
{
    /// <summary>Conversations that entered the queue today: started in it, transferred or moved into it.</summary>
    public int Entered { get; set; }

    public List<TimeSpan> AnsweredWaits { get; } = [];
    public List<TimeSpan> AbandonedWaits { get; } = [];

    /// <summary>Handle segments that ended today, credited to the queue the conversation was answered in.</summary>
    public List<TimeSpan> HandleTimes { get; } = [];

    /// <summary>Conversations transferred out of the queue today.</summary>
    public int TransferredOut { get; set; }
}
