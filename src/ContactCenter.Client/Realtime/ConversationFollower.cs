using ContactCenter.Contracts.Conversations;

namespace ContactCenter.Client.Realtime;

/// <summary>
/// Turns at-most-once, possibly reordered pushes into each conversation's steps exactly once and
/// in order: a step with version = last + 1 is applied; a gap, or a reconnect, fetches everything
/// after the last applied version from the server, the source of truth.
/// </summary>
public sealed class ConversationFollower(Func<Guid, long, Task<IReadOnlyList<ConversationEventDto>>> fetchSince) : IDisposable
{
    private readonly Dictionary<Guid, long> _versions = [];
    private readonly SemaphoreSlim _gate = new(1, 1);

    /// <summary>Raised once per step, in version order, for every followed conversation.</summary>
    public event Action<ConversationEventDto>? StepApplied;

    /// <summary>The last applied version of a conversation (0 before its first step).</summary>
    public long VersionOf(Guid conversationId)
    {
        lock (_versions)
        {
            return _versions.GetValueOrDefault(conversationId);
        }
    }

    /// <summary>Starts following a conversation: applies every step after <paramref name="afterVersion"/>.</summary>
    public Task FollowAsync(Guid conversationId, long afterVersion = 0)
    {
        lock (_versions)
        {
            _versions.TryAdd(conversationId, afterVersion);
        }

        return CatchUpAsync(conversationId);
    }

    /// <summary>A pushed step: applied now if it is the next one, otherwise the gap is fetched.</summary>
    public async Task ReceiveAsync(ConversationEventDto step)
    {
        await _gate.WaitAsync().ConfigureAwait(false);
        try
        {
            var last = VersionOf(step.ConversationId);
            if (step.Version == last + 1)
            {
                Apply(step);
            }
            else if (step.Version > last + 1)
            {
                await FetchAndApplyAsync(step.ConversationId).ConfigureAwait(false);
            }
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>After a reconnect: fetches what every followed conversation missed.</summary>
    public async Task CatchUpAllAsync()
    {
        Guid[] followed;
        lock (_versions)
        {
            followed = [.. _versions.Keys];
        }

        foreach (var conversationId in followed)
        {
            await CatchUpAsync(conversationId).ConfigureAwait(false);
        }
    }

    private async Task CatchUpAsync(Guid conversationId)
    {
        await _gate.WaitAsync().ConfigureAwait(false);
        try
        {
            await FetchAndApplyAsync(conversationId).ConfigureAwait(false);
        }
        finally
        {
            _gate.Release();
        }
    }

    private async Task FetchAndApplyAsync(Guid conversationId)
    {
        foreach (var step in await fetchSince(conversationId, VersionOf(conversationId)).ConfigureAwait(false))
        {
            if (step.Version == VersionOf(conversationId) + 1)
            {
                Apply(step);
            }
        }
    }

    private void Apply(ConversationEventDto step)
    {
        lock (_versions)
        {
            _versions[step.ConversationId] = step.Version;
        }

        StepApplied?.Invoke(step);
    }

    /// <inheritdoc />
    public void Dispose() => _gate.Dispose();
}
