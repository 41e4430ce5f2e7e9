using ContactCenter.Contracts.Conversations;
using ContactCenter.Contracts.Realtime;
using Microsoft.AspNetCore.SignalR.Client;

namespace ContactCenter.Testing;

/// <summary>
/// One conversation as a real client keeps it (see docs/realtime.md): a pushed step is applied when
/// its version is the next one; a gap, or a reconnect, makes the client ask for everything after the
/// last version it holds. What it holds is what the user sees: each step once, in order.
/// </summary>
public sealed class ResumingChat
{
    private readonly HubConnection _connection;
    private readonly Guid _conversationId;
    private readonly Lock _lock = new();
    private readonly List<ConversationEventDto> _applied = [];
    private TaskCompletionSource _changed = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public ResumingChat(HubConnection connection, Guid conversationId, long heldVersion = 0)
    {
        (_connection, _conversationId, LastVersion) = (connection, conversationId, heldVersion);
        connection.On<ConversationEventDto>(nameof(IAgentClient.ConversationEvent), Pushed);
        // Never call the hub from inside its callbacks (the receive loop runs them): resume beside it.
        connection.Reconnected += _ => Task.FromResult(Task.Run(ResumeAsync));
    }

    public long LastVersion { get; private set; }

    /// <summary>The chat messages held, in version order.</summary>
    public IReadOnlyList<string> Messages
    {
        get
        {
            lock (_lock)
            {
                return [.. _applied.Select(s => s.ChatMessage()?.Text).OfType<string>()];
            }
        }
    }

    /// <summary>Asks for every step after the last one held, as on a reconnect.</summary>
    public async Task ResumeAsync()
    {
        var missed = await _connection.InvokeAsync<IReadOnlyList<ConversationEventDto>>(nameof(ICustomerHub.GetEventsSince), _conversationId, LastVersion);
        foreach (var step in missed.OrderBy(s => s.Version))
        {
            Apply(step);
        }
    }

    /// <summary>Waits (bounded) until the steps up to <paramref name="version"/> are held.</summary>
    public async Task HoldsAsync(long version, TimeSpan patience)
    {
        using var timeout = new CancellationTokenSource(patience);
        while (true)
        {
            Task changed;
            lock (_lock)
            {
                if (LastVersion >= version)
                {
                    return;
                }

                changed = _changed.Task;
            }

            await changed.WaitAsync(timeout.Token);
        }
    }

    private void Pushed(ConversationEventDto step)
    {
        if (step.ConversationId != _conversationId)
        {
            return;
        }

        if (!Apply(step) && step.Version > LastVersion + 1)
        {
            _ = Task.Run(ResumeAsync);
        }
    }

    private bool Apply(ConversationEventDto step)
    {
        lock (_lock)
        {
            if (step.Version != LastVersion + 1)
            {
                return false;
            }

            _applied.Add(step);
            LastVersion = step.Version;
            _changed.TrySetResult();
            _changed = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            return true;
        }
    }
}
