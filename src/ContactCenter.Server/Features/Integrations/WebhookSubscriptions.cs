using ContactCenter.Server.Persistence;
using Marten;
using Npgsql;

namespace ContactCenter.Server.Features.Integrations;

/// <summary>
/// The active webhook subscriptions, cached on each node: every conversation command stages its
/// deliveries from them, and they change rarely. A change on any node is signalled to every node
/// (NOTIFY), which drops its copy; while a node cannot listen it reads them afresh on every command,
/// and a copy never lives longer than <see cref="MaxAge"/> in any case.
/// </summary>
public sealed partial class WebhookSubscriptions(
    DatabaseConnection database, NpgsqlDataSource dataSource, TimeProvider clock, ILogger<WebhookSubscriptions> logger) : BackgroundService
{
    public static readonly TimeSpan MaxAge = TimeSpan.FromSeconds(30);
    private const string Topic = "webhooks";
    private static readonly TimeSpan RetryListening = TimeSpan.FromSeconds(1);

    private sealed record Copy(IReadOnlyList<WebhookSubscription> Active, long Generation, DateTimeOffset ReadAt);

    private readonly TaskCompletionSource _listened = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private TaskCompletionSource _nextChange = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private Copy? _copy;
    private long _generation;
    private volatile bool _listening;

    public async Task<IReadOnlyList<WebhookSubscription>> ActiveAsync(IQuerySession session, CancellationToken cancellationToken)
    {
        var copy = Volatile.Read(ref _copy);
        var generation = Interlocked.Read(ref _generation);
        if (_listening && copy is not null && copy.Generation == generation && clock.GetUtcNow() - copy.ReadAt < MaxAge)
        {
            return copy.Active;
        }

        // Read under the generation seen before the query: a change signalled meanwhile makes this
        // copy stale at once, so it is never served past a change.
        var active = await session.Query<WebhookSubscription>().Where(s => s.Active).ToListAsync(cancellationToken);
        Volatile.Write(ref _copy, new Copy(active, generation, clock.GetUtcNow()));
        return active;
    }

    /// <summary>After a subscription change commits: this node forgets at once, the others when told.</summary>
    public async Task ChangedAsync(CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref _generation);
        await ChangeSignal.NotifyAsync(dataSource, database, Topic, cancellationToken);
    }

    /// <summary>Completes when this node is next told of a change (from any node): lets tests wait on the fact.</summary>
    internal Task NextChangeAsync() => Volatile.Read(ref _nextChange).Task;

    /// <summary>Completes once this node first listens for changes.</summary>
    internal Task ListeningAsync() => _listened.Task;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await ChangeSignal.ListenAsync(database, Topic,
                    listening: () =>
                    {
                        // Whatever changed while not listening is unknown: start from a fresh read.
                        Interlocked.Increment(ref _generation);
                        _listening = true;
                        _listened.TrySetResult();
                    },
                    changed: () =>
                    {
                        Interlocked.Increment(ref _generation);
                        Interlocked.Exchange(ref _nextChange, new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously)).TrySetResult();
                    },
                    stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException || !stoppingToken.IsCancellationRequested)
            {
                _listening = false;
                LogListenFailed(logger, e);
                await Task.Delay(RetryListening, clock, stoppingToken);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Not listening for webhook subscription changes; reading them on every command until listening again")]
    private static partial void LogListenFailed(ILogger logger, Exception exception);
}
