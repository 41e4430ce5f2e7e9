using System.Globalization;
using System.Threading.Channels;
using ContactCenter.Server.Persistence;
using Npgsql;

namespace ContactCenter.Server.Features.Supervising.Floor;

/// <summary>
/// Makes every node's floor fold the same committed steps (docs/realtime.md, "The wallboard"): each
/// node says on a NOTIFY channel which streams it committed and to which version; the others read
/// those steps from the store, in version order, and fold them as their own. The store stays the
/// truth: a lost notice is healed by the next step of that stream, and a node whose LISTEN
/// broke reads its floor afresh when it is back.
/// </summary>
public sealed partial class FloorRelay(DatabaseConnection database, NpgsqlDataSource dataSource, FloorKeeper floor, TimeProvider clock, ILogger<FloorRelay> logger)
    : BackgroundService
{
    private const string Topic = "floor";
    private const int PayloadLimit = 7000; // PostgreSQL takes up to 8000 bytes per notification.
    private static readonly TimeSpan RetryListening = TimeSpan.FromSeconds(1);
    private readonly string _node = Guid.NewGuid().ToString("N")[..12];
    private readonly Channel<string> _committed = Channel.CreateBounded<string>(
        new BoundedChannelOptions(100_000) { FullMode = BoundedChannelFullMode.DropWrite, SingleReader = true });

    /// <summary>A conversation's stream reached <paramref name="version"/> on this node.</summary>
    public void Conversation(Guid id, long version) => _committed.Writer.TryWrite(string.Create(CultureInfo.InvariantCulture, $"c{id:N}{version}"));

    /// <summary>An agent's presence stream reached <paramref name="version"/> on this node.</summary>
    public void Presence(Guid id, long version) => _committed.Writer.TryWrite(string.Create(CultureInfo.InvariantCulture, $"a{id:N}{version}"));

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var sending = SendAsync(stoppingToken);
        var first = true;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                // Notices sent while this node did not listen are lost: after a break, read everything again.
                await ChangeSignal.ListenAsync(database, Topic, listening: () =>
                {
                    if (!first)
                    {
                        floor.Add(new FloorInput.Rebuild());
                    }

                    first = false;
                }, changed: Received, stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException || !stoppingToken.IsCancellationRequested)
            {
                LogListenFailed(logger, e);
                await Task.Delay(RetryListening, clock, stoppingToken);
            }
        }

        await sending;
    }

    // Batches what is ready into as few notices as fit, so a busy node sends one per burst.
    private async Task SendAsync(CancellationToken stoppingToken)
    {
        while (await _committed.Reader.WaitToReadAsync(stoppingToken))
        {
            var payload = new System.Text.StringBuilder(_node).Append('|');
            while (payload.Length < PayloadLimit && _committed.Reader.TryRead(out var item))
            {
                payload.Append(item).Append(';');
            }

            try
            {
                await ChangeSignal.NotifyAsync(dataSource, database, Topic, payload.ToString(), stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                LogNotifyFailed(logger, e);
            }
        }
    }

    private void Received(string payload)
    {
        var bar = payload.IndexOf('|', StringComparison.Ordinal);
        if (bar <= 0 || payload.AsSpan(0, bar).SequenceEqual(_node))
        {
            return; // This node's own commits are folded already.
        }

        foreach (var item in payload[(bar + 1)..].Split(';', StringSplitOptions.RemoveEmptyEntries))
        {
            if (item.Length > 33 && Guid.TryParseExact(item.AsSpan(1, 32), "N", out var id)
                && long.TryParse(item.AsSpan(33), NumberStyles.None, CultureInfo.InvariantCulture, out var version))
            {
                floor.Add(new FloorInput.Remote(item[0] == 'c', id, version));
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Listening for other nodes' wallboard changes failed; retrying")]
    private static partial void LogListenFailed(ILogger logger, Exception exception);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Telling other nodes of wallboard changes failed; they catch up with the next change")]
    private static partial void LogNotifyFailed(ILogger logger, Exception exception);
}
