using ContactCenter.Contracts.Realtime;
using ContactCenter.Contracts.Supervisor;
using Microsoft.AspNetCore.SignalR.Client;

namespace ContactCenter.Server.Tests.Supervising;

/// <summary>Everything the wallboard's hub stream sent one connection, and a way to wait for a figure without sleeping.</summary>
internal sealed class FloorWatcher : IDisposable
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(15);
    private readonly Lock _gate = new();
    private readonly List<IDisposable> _subscriptions = [];
    private readonly Dictionary<string, FloorQueueDto> _queues = new(StringComparer.Ordinal);
    private readonly List<(Func<bool> Met, TaskCompletionSource Done)> _waits = [];

    public FloorWatcher(HubConnection connection)
    {
        _subscriptions.Add(connection.On<FloorQueueDto>(nameof(IAgentClient.FloorQueueChanged), q => Record(() =>
        {
            Queues.Add(q);
            if (!_queues.TryGetValue(q.QueueId, out var known) || known.Version < q.Version)
            {
                _queues[q.QueueId] = q;
            }
        })));
        _subscriptions.Add(connection.On<FloorConversationDto>(nameof(IAgentClient.FloorConversationChanged), c => Record(() => Conversations.Add(c))));
        _subscriptions.Add(connection.On<FloorAgentDto>(nameof(IAgentClient.FloorAgentChanged), a => Record(() => Agents.Add(a))));
    }

    public FloorQueueDto[] ReceivedQueues => Copy(Queues);
    public FloorConversationDto[] ReceivedConversations => Copy(Conversations);
    public FloorAgentDto[] ReceivedAgents => Copy(Agents);

    private List<FloorQueueDto> Queues { get; } = [];
    private List<FloorConversationDto> Conversations { get; } = [];
    private List<FloorAgentDto> Agents { get; } = [];

    /// <summary>The newest figures of a queue once they satisfy <paramref name="condition"/>.</summary>
    public async Task<FloorQueueDto> QueueAsync(string queueId, Func<FloorQueueDto, bool> condition)
    {
        var done = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        bool Met() => _queues.TryGetValue(queueId, out var q) && condition(q);
        lock (_gate)
        {
            if (Met())
            {
                return _queues[queueId];
            }

            _waits.Add((Met, done));
        }

        await done.Task.WaitAsync(Patience);
        lock (_gate)
        {
            return _queues[queueId];
        }
    }

    private T[] Copy<T>(List<T> list)
    {
        lock (_gate)
        {
            return [.. list];
        }
    }

    public void Dispose() => _subscriptions.ForEach(s => s.Dispose());

    private void Record(Action record)
    {
        lock (_gate)
        {
            record();
            foreach (var wait in _waits.Where(w => w.Met()).ToArray())
            {
                wait.Done.TrySetResult();
                _waits.Remove(wait);
            }
        }
    }
}
