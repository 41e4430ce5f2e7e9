using ContactCenter.Contracts.Supervisor;
using ContactCenter.Domain.Access;
using ContactCenter.Domain.Metrics.Floor;

namespace ContactCenter.Server.Features.Supervising.Floor;

// What leaves the floor: pushes of what a fold changed, and the snapshot a wallboard starts from.
// Both are built under the floor's lock from the same state, so a snapshot and the pushes after
// it agree (a push older than the snapshot carries a lower version and is ignored).
public sealed partial class FloorKeeper
{
    /// <summary>
    /// The queues <paramref name="grant"/> may watch, with their agents and live conversations, after
    /// the settings are read again (a queue or member added since, a threshold changed); every queue's
    /// figures are pushed then, so wallboards open since morning show the same.
    /// </summary>
    public async Task<FloorSnapshotDto> SnapshotAsync(AccessGrant grant, CancellationToken cancellationToken)
    {
        await Ready.WaitAsync(cancellationToken);
        var settings = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        if (!_inputs.Writer.TryWrite(new FloorInput.Settings(settings)))
        {
            settings.TrySetResult(); // A full loop: answer with the settings it has.
        }

        await settings.Task.WaitAsync(cancellationToken);
        lock (_gate)
        {
            var visible = _roster.Queues.Where(q => grant.SeesFloorOf(q.Id)).ToArray();
            var ids = visible.Select(q => q.Id).ToHashSet(StringComparer.Ordinal);
            var figures = visible.Select(q => FiguresOf(q.Id)).ToArray();
            var members = visible.SelectMany(q => _roster.MembersOf(q.Id)).Distinct().ToArray();
            var total = FloorFigures.Total(figures, FloorFigures.StatesOf(_floor, members));
            return new FloorSnapshotDto(
                DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(_floor.Today.From, _floor.Zone).DateTime), zone.Value.TimeZone, clock.GetUtcNow(),
                [.. visible.Select((q, i) => QueueDto(q.Id, figures[i]))],
                FloorMapper.ToDto(total, "Total", 0, TimeSpan.Zero, null),
                [.. members.Select(AgentDto).OrderBy(a => a.Name, StringComparer.CurrentCulture)],
                [.. _floor.Conversations.Where(c => c.IsOnTheFloor && ids.Contains(c.QueueId)).OrderBy(c => c.StartedAt).Select(c => FloorMapper.ToDto(c))]);
        }
    }

    private void Push(FloorChange change)
    {
        foreach (var queueId in change.Queues.Distinct(StringComparer.Ordinal).Where(q => _roster.Find(q) is not null))
        {
            pushes.Queue(QueueDto(queueId, FiguresOf(queueId), bump: true));
        }

        var agents = change.Agents.ToHashSet();
        if (change.ConversationId is { } id && _floor.Find(id) is { } row)
        {
            if (change.LeftQueueId is { } left)
            {
                pushes.Conversation(left, FloorMapper.ToDto(row, gone: true));
            }

            pushes.Conversation(row.QueueId, FloorMapper.ToDto(row, gone: row.IsSettled));
            // Presence moves the queue's agent counts; an agent's conversations move their row.
            if (row.AgentId is { } owner)
            {
                agents.Add(owner);
            }
        }

        foreach (var agentId in agents)
        {
            foreach (var queueId in _roster.QueuesOf(agentId).Where(q => !change.Queues.Contains(q)))
            {
                pushes.Queue(QueueDto(queueId, FiguresOf(queueId), bump: true));
            }

            if (_roster.Staff.ContainsKey(agentId))
            {
                pushes.Agent(AgentDto(agentId));
            }
        }
    }

    private void PushAll()
    {
        foreach (var queue in _roster.Queues)
        {
            pushes.Queue(QueueDto(queue.Id, FiguresOf(queue.Id), bump: true));
        }
    }

    private QueueFigures FiguresOf(string queueId) =>
        FloorFigures.Of(_floor, queueId, _roster.Find(queueId)?.ServiceLevelThreshold ?? TimeSpan.FromSeconds(30), _roster.MembersOf(queueId));

    private FloorQueueDto QueueDto(string queueId, QueueFigures figures, bool bump = false)
    {
        var version = _queueVersions.GetValueOrDefault(queueId) + (bump ? 1 : 0);
        _queueVersions[queueId] = version;
        var queue = _roster.Find(queueId);
        return FloorMapper.ToDto(figures, queue?.Name ?? queueId, version, queue?.ServiceLevelThreshold ?? TimeSpan.Zero, queue?.Thresholds);
    }

    private FloorAgentDto AgentDto(Guid agentId) =>
        FloorMapper.ToDto(FloorFigures.AgentOf(_floor, agentId, _roster.KindOfQueue), _roster.NameOf(agentId), _roster.QueuesOf(agentId));
}
