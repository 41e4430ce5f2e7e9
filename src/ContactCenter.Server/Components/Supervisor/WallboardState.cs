using ContactCenter.Client.Realtime;
using ContactCenter.Contracts.Supervisor;
using ContactCenter.Server.Features.Access.Authentication;
using ContactCenter.Server.Realtime;
using Microsoft.AspNetCore.Components.Authorization;

namespace ContactCenter.Server.Components.Supervisor;

/// <summary>
/// The circuit's wallboard: one hub connection (to this node's loopback address, with a token minted
/// for the circuit's user, docs/realtime.md rule 9) that receives the figures the server computed.
/// It keeps the newest row of each kind by version and reads the snapshot again after a reconnect;
/// it computes no figure, only the total's sums over the queues it shows (<see cref="WallboardTotals"/>).
/// </summary>
public sealed partial class WallboardState(
    CircuitTokens tokens, CircuitBrowser browser, LoopbackAddress loopback, AuthenticationStateProvider authentication, ILogger<WallboardState> logger) : IAsyncDisposable
{
    private readonly Lock _gate = new();
    private readonly Dictionary<string, FloorQueueDto> _queues = new(StringComparer.Ordinal);
    private readonly Dictionary<Guid, FloorAgentDto> _agents = [];
    private readonly Dictionary<Guid, FloorConversationDto> _conversations = [];
    private WallboardClient? _client;
    private Task? _starting;

    public bool Connected => _client?.IsConnected == true;

    /// <summary>Something shown changed: the page re-renders through InvokeAsync.</summary>
    public event Action? Changed;

    public IReadOnlyList<FloorQueueDto> Queues => Read(() => _queues.Values.OrderBy(q => q.Name, StringComparer.CurrentCulture).ToArray());

    public FloorQueueDto? Total => Read(() => _queues.Count == 0 ? null : WallboardTotals.Of([.. _queues.Values], [.. _agents.Values]));

    public IReadOnlyList<FloorAgentDto> Agents => Read(() => _agents.Values.OrderBy(a => a.Name, StringComparer.CurrentCulture).ToArray());

    public IReadOnlyList<FloorConversationDto> Conversations => Read(() => _conversations.Values.Where(c => !c.Gone).OrderBy(c => c.StartedAt).ToArray());

    /// <summary>Connects once per circuit; later calls wait for the same start.</summary>
    public Task StartAsync() => _starting ??= ConnectAsync();

    private async Task ConnectAsync()
    {
        var client = new WallboardClient(loopback.Resolve(), async () => tokens.MintFor((await authentication.GetAuthenticationStateAsync()).User, browser.Address));
        client.QueueChanged += q => Apply(() => Keep(_queues, q.QueueId, q, q.Version, known => known.Version));
        client.AgentChanged += a => Apply(() => _agents[a.AgentId] = a);
        client.ConversationChanged += c => Apply(() => KeepConversation(c));
        client.ConnectionChanged += () => Changed?.Invoke();
        // Pushes missed while away are not replayed: the snapshot is the truth again (never awaited inside the callback).
        client.Reconnected += () => _ = Task.Run(LoadAsync);
        _client = client;
        await client.StartAsync();
        await LoadAsync();
    }

    private async Task LoadAsync()
    {
        try
        {
            var snapshot = await _client!.GetFloorAsync();
            Apply(() =>
            {
                _queues.Clear();
                _agents.Clear();
                _conversations.Clear();
                foreach (var q in snapshot.Queues)
                {
                    _queues[q.QueueId] = q;
                }

                foreach (var a in snapshot.Agents)
                {
                    _agents[a.AgentId] = a;
                }

                foreach (var c in snapshot.Conversations)
                {
                    _conversations[c.ConversationId] = c;
                }
            });
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            LogSnapshotFailed(logger, e);
        }
    }

    // A row that left one queue for another may reach a watcher of both in either order: at the same version the row wins.
    private void KeepConversation(FloorConversationDto c)
    {
        if (!_conversations.TryGetValue(c.ConversationId, out var known) || known.Version < c.Version || (known.Version == c.Version && known.Gone && !c.Gone))
        {
            _conversations[c.ConversationId] = c;
        }
    }

    private static void Keep<TKey, T>(Dictionary<TKey, T> rows, TKey key, T row, long version, Func<T, long> versionOf) where TKey : notnull
    {
        if (!rows.TryGetValue(key, out var known) || versionOf(known) < version)
        {
            rows[key] = row;
        }
    }

    private void Apply(Action change)
    {
        lock (_gate)
        {
            change();
        }

        Changed?.Invoke();
    }

    private T Read<T>(Func<T> read)
    {
        lock (_gate)
        {
            return read();
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (_client is not null)
        {
            await _client.DisposeAsync();
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "The wallboard's snapshot could not be read; it is read again at the next reconnect")]
    private static partial void LogSnapshotFailed(ILogger logger, Exception exception);
}
