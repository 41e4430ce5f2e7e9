using ContactCenter.Contracts;
using ContactCenter.Contracts.Realtime;
using ContactCenter.Contracts.Supervisor;
using Microsoft.AspNetCore.SignalR.Client;

namespace ContactCenter.Client.Realtime;

/// <summary>
/// A supervisor's typed client of the agent hub's wallboard: the snapshot, then the changes the
/// server pushes. The figures are computed on the server; this client only receives them. After a
/// reconnect, ask for the snapshot again (<see cref="Reconnected"/>): pushes missed meanwhile are not replayed.
/// </summary>
public sealed class WallboardClient : IAsyncDisposable
{
    private readonly HubConnection _connection;

    /// <summary>Creates a client; <paramref name="accessToken"/> is asked again on every reconnect.</summary>
    public WallboardClient(Uri server, Func<Task<string?>> accessToken)
    {
        _connection = HubConnections.Build(server, ApiRoutes.AgentHub, accessToken);
        _connection.On<FloorQueueDto>(nameof(IAgentClient.FloorQueueChanged), q => QueueChanged?.Invoke(q));
        _connection.On<FloorAgentDto>(nameof(IAgentClient.FloorAgentChanged), a => AgentChanged?.Invoke(a));
        _connection.On<FloorConversationDto>(nameof(IAgentClient.FloorConversationChanged), c => ConversationChanged?.Invoke(c));
        _connection.Reconnecting += _ => Raise(ConnectionChanged);
        _connection.Reconnected += _ => Raise(Reconnected);
        _connection.Closed += _ => Raise(ConnectionChanged);
    }

    /// <summary>Whether the hub connection is up now.</summary>
    public bool IsConnected => _connection.State == HubConnectionState.Connected;

    /// <summary>A queue's figures changed.</summary>
    public event Action<FloorQueueDto>? QueueChanged;

    /// <summary>An agent's row changed.</summary>
    public event Action<FloorAgentDto>? AgentChanged;

    /// <summary>A live conversation's row changed or left the view.</summary>
    public event Action<FloorConversationDto>? ConversationChanged;

    /// <summary>The connection dropped or closed.</summary>
    public event Action? ConnectionChanged;

    /// <summary>The connection came back: read the snapshot again.</summary>
    public event Action? Reconnected;

    /// <summary>Connects.</summary>
    public Task StartAsync(CancellationToken cancellationToken = default) => _connection.StartAsync(cancellationToken);

    /// <summary>The wallboard now, for the queues the caller may watch.</summary>
    public Task<FloorSnapshotDto> GetFloorAsync(CancellationToken cancellationToken = default) =>
        _connection.InvokeAsync<FloorSnapshotDto>(nameof(IAgentHub.GetFloor), cancellationToken);

    /// <inheritdoc />
    public ValueTask DisposeAsync() => _connection.DisposeAsync();

    private static Task Raise(Action? handler)
    {
        handler?.Invoke();
        return Task.CompletedTask;
    }
}
