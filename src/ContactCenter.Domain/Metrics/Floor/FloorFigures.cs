using ContactCenter.Domain.Conversations;
using ContactCenter.Domain.Queues;
using ContactCenter.Domain.Routing;

namespace ContactCenter.Domain.Metrics.Floor;

/// <summary>One agent's row of the agents grid.</summary>
public sealed record FloorAgent(
    Guid AgentId, GlobalState State, string? ReasonCodeId, DateTimeOffset Since,
    IReadOnlyList<FloorChannel> Channels, IReadOnlyList<Guid> ConversationIds, bool InWrapUp);

/// <summary>An agent's channel: conversations in use (active or pending) against the capacity.</summary>
public sealed record FloorChannel(ChannelKind Channel, bool Ready, bool Busy, int InUse, int Capacity);

/// <summary>The figures of the floor, read from the fold; the queue settings come from the caller.</summary>
public static class FloorFigures
{
    public static QueueFigures Of(LiveFloor floor, string queueId, TimeSpan threshold, IEnumerable<Guid> memberIds)
    {
        var day = floor.DayOf(queueId);
        var here = floor.Conversations.Where(c => c.QueueId == queueId).ToArray();
        var waiting = here.Where(c => c.IsWaiting).ToArray();
        return new QueueFigures
        {
            QueueId = queueId,
            Waiting = waiting.Length,
            LongestWaitSince = waiting.Select(c => c.WaitingSince).Min(),
            Active = here.Count(c => c.IsActive),
            InWrapUp = here.Count(c => c.Status == ConversationStatus.WrapUp),
            Offered = day.Entered,
            Answered = day.AnsweredWaits.Count,
            Abandoned = day.AbandonedWaits.Count,
            AnsweredWithinThreshold = day.AnsweredWaits.Count(w => w <= threshold),
            // Abandons within the threshold count neither way.
            AbandonedAfterThreshold = day.AbandonedWaits.Count(w => w > threshold),
            TotalAnsweredWait = Sum(day.AnsweredWaits),
            Handled = day.HandleTimes.Count,
            TotalHandleTime = Sum(day.HandleTimes),
            TransferredOut = day.TransferredOut,
            Agents = StatesOf(floor, memberIds),
        };
    }

    /// <summary>The total of several queues: the same counts and sums added; agents counted once across them.</summary>
    public static QueueFigures Total(IEnumerable<QueueFigures> queues, AgentStates agents, string id = "total")
    {
        var all = queues.ToArray();
        return new QueueFigures
        {
            QueueId = id,
            Waiting = all.Sum(q => q.Waiting),
            LongestWaitSince = all.Select(q => q.LongestWaitSince).Min(),
            Active = all.Sum(q => q.Active),
            InWrapUp = all.Sum(q => q.InWrapUp),
            Offered = all.Sum(q => q.Offered),
            Answered = all.Sum(q => q.Answered),
            Abandoned = all.Sum(q => q.Abandoned),
            AnsweredWithinThreshold = all.Sum(q => q.AnsweredWithinThreshold),
            AbandonedAfterThreshold = all.Sum(q => q.AbandonedAfterThreshold),
            TotalAnsweredWait = Sum(all.Select(q => q.TotalAnsweredWait)),
            Handled = all.Sum(q => q.Handled),
            TotalHandleTime = Sum(all.Select(q => q.TotalHandleTime)),
            TransferredOut = all.Sum(q => q.TransferredOut),
            Agents = agents,
        };
    }

    /// <summary>Agents by state among <paramref name="agentIds"/>, each once; one never seen is offline.</summary>
    public static AgentStates StatesOf(LiveFloor floor, IEnumerable<Guid> agentIds)
    {
        var ids = agentIds.Distinct().ToArray();
        var states = ids.Select(floor.PresenceOf).ToArray();
        var wrapping = floor.Conversations.Where(c => c.Status == ConversationStatus.WrapUp && c.AgentId is not null).Select(c => c.AgentId!.Value).ToHashSet();
        return new AgentStates(
            states.Count(p => p.State == GlobalState.Ready),
            states.Count(p => p.State == GlobalState.Busy),
            states.Count(p => p.State == GlobalState.Offline),
            states.Where(p => p.State == GlobalState.NotReady).GroupBy(p => p.ReasonCodeId ?? "").ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal),
            ids.Count(wrapping.Contains));
    }

    /// <summary>An agent's row; <paramref name="kindOfQueue"/> says which channel kind a queue's conversations take capacity on.</summary>
    public static FloorAgent AgentOf(LiveFloor floor, Guid agentId, Func<string, ChannelKind> kindOfQueue)
    {
        var presence = floor.PresenceOf(agentId);
        var mine = floor.Conversations.Where(c => c.AgentId == agentId && (c.IsActive || c.Status == ConversationStatus.WrapUp)).OrderBy(c => c.StartedAt).ToArray();
        var channels = presence.Channels.Values.OrderBy(c => c.Channel).Select(c => new FloorChannel(
            c.Channel, c.Ready, presence.BusyChannels.Contains(c.Channel), mine.Count(m => m.IsActive && kindOfQueue(m.QueueId) == c.Channel), c.Capacity));
        return new FloorAgent(agentId, presence.State, presence.ReasonCodeId, presence.Since, [.. channels], [.. mine.Select(m => m.Id)],
            mine.Any(m => m.Status == ConversationStatus.WrapUp));
    }

    private static TimeSpan Sum(IEnumerable<TimeSpan> durations) => TimeSpan.FromTicks(durations.Sum(d => d.Ticks));
}
