using System.Threading.Channels;
using ContactCenter.Server.Features.Analytics;
using ContactCenter.Domain.Metrics.Floor;
using Marten;
using Microsoft.Extensions.Options;

namespace ContactCenter.Server.Features.Supervising.Floor;

/// <summary>
/// The floor of this node, computed once for every wallboard: one loop folds committed steps and
/// presence in the order they were committed here (docs/realtime.md, "The wallboard"), pushes what
/// changed to the watchers of each queue, and answers snapshots. It reads the store afresh at
/// start and at midnight. Writers only enqueue: a wallboard never holds up a chat.
/// </summary>
public sealed partial class FloorKeeper(
    IDocumentStore store, TimeProvider clock, IOptions<TimeZoneOptions> zone, IFloorPushes pushes, ILogger<FloorKeeper> logger) : BackgroundService
{
    private readonly Channel<FloorInput> _inputs = Channel.CreateBounded<FloorInput>(
        new BoundedChannelOptions(100_000) { FullMode = BoundedChannelFullMode.DropWrite, SingleReader = true });
    private readonly Lock _gate = new();
    private readonly Dictionary<string, long> _queueVersions = new(StringComparer.Ordinal);
    private readonly TaskCompletionSource _ready = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private LiveFloor _floor = new(DateTimeOffset.MinValue.AddDays(2), TimeZoneInfo.Utc);
    private FloorRoster _roster = FloorRoster.Empty;
    private int _dropped;

    /// <summary>Completes once the first fold from the store is in place.</summary>
    public Task Ready => _ready.Task;

    public void Add(FloorInput input)
    {
        if (!_inputs.Writer.TryWrite(input) && Interlocked.Exchange(ref _dropped, 1) == 0)
        {
            // The floor would drift: read it all again once the loop catches up.
            LogDropped(logger);
        }
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await FirstRebuildAsync(stoppingToken);
        _ready.TrySetResult();
        var midnight = MidnightsAsync(stoppingToken);
        await foreach (var input in _inputs.Reader.ReadAllAsync(stoppingToken))
        {
            try
            {
                await FoldAsync(input, stoppingToken);
                if (Interlocked.Exchange(ref _dropped, 0) == 1)
                {
                    await RebuildAsync(stoppingToken);
                }
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                LogFoldFailed(logger, e);
            }
        }

        await midnight;
    }

    private async Task FoldAsync(FloorInput input, CancellationToken cancellationToken)
    {
        switch (input)
        {
            case FloorInput.Steps steps:
                lock (_gate)
                {
                    foreach (var (step, version) in steps.Committed)
                    {
                        _floor.RollTo(step.At);
                        Push(_floor.Apply(step, version));
                    }
                }

                break;
            case FloorInput.Presence presence:
                lock (_gate)
                {
                    Push(_floor.Apply(presence.State, presence.Version));
                }

                break;
            case FloorInput.Remote remote:
                await FoldRemoteAsync(remote, cancellationToken);
                break;
            case FloorInput.Rebuild:
                await RebuildAsync(cancellationToken);
                break;
            case FloorInput.Settings settings:
                try
                {
                    await using var session = store.QuerySession();
                    var roster = await FloorRoster.LoadAsync(session, cancellationToken);
                    lock (_gate)
                    {
                        _roster = roster;
                        PushAll();
                    }
                }
                finally
                {
                    settings.Done.TrySetResult();
                }

                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(input), input, "A floor input without a fold.");
        }
    }

    private async Task RebuildAsync(CancellationToken cancellationToken)
    {
        await using var session = store.QuerySession();
        var roster = await FloorRoster.LoadAsync(session, cancellationToken);
        var floor = await FloorRebuild.FoldAsync(session, roster, clock.GetUtcNow(), zone.Value.Zone, cancellationToken);
        lock (_gate)
        {
            _roster = roster;
            _floor = floor;
            PushAll();
        }
    }

    // A store that is not there yet must not stop the host: the wallboard waits, the rest works.
    private async Task FirstRebuildAsync(CancellationToken stoppingToken)
    {
        while (true)
        {
            try
            {
                await RebuildAsync(stoppingToken);
                return;
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                LogFoldFailed(logger, e);
                await Task.Delay(TimeSpan.FromSeconds(1), clock, stoppingToken);
            }
        }
    }

    // Today's tallies start afresh at the zone's midnight, read from the store so any drift heals too.
    private async Task MidnightsAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            TimeSpan wait;
            lock (_gate)
            {
                wait = _floor.Today.To - clock.GetUtcNow();
            }

            await Task.Delay(wait > TimeSpan.Zero ? wait : TimeSpan.Zero, clock, stoppingToken);
            Add(new FloorInput.Rebuild());
            // Until the rebuild has moved the day, the same midnight must not be counted twice.
            await Task.Delay(TimeSpan.FromSeconds(1), clock, stoppingToken);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Wallboard inputs overflowed; the floor is read again from the store")]
    private static partial void LogDropped(ILogger logger);

    [LoggerMessage(Level = LogLevel.Error, Message = "Folding a wallboard input failed; the floor is read again at midnight or restart")]
    private static partial void LogFoldFailed(ILogger logger, Exception exception);
}
