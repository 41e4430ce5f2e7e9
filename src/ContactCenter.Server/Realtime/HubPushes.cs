namespace ContactCenter.Server.Realtime;

/// <summary>
/// Starts hub sends without waiting for their writes to complete, so that no push loop and no hub
/// call waits on another connection (docs/realtime.md, rule 4). Sends started one after another still reach
/// each connection in that order: SignalR queues a connection's writes behind its own. A
/// connection that stops reading holds up only its own writes, until the transport's send timeout
/// closes it (<see cref="RealtimeSetup.TransportSendTimeout"/>). Sends in flight are bounded, so
/// connections closing slowly cannot pile up memory.
/// </summary>
public sealed partial class HubPushes(ILogger<HubPushes> logger) : IDisposable
{
    private readonly ILogger _logger = logger;
    private readonly SemaphoreSlim _inFlight = new(20_000);

    /// <summary>Starts a send once a slot is free (a push loop waits only when the bound is reached).</summary>
    public async Task StartAsync(Func<Task> send, CancellationToken cancellationToken)
    {
        await _inFlight.WaitAsync(cancellationToken);
        Track(send);
    }

    /// <summary>Starts a send that may be dropped when too many are in flight (typing indicators).</summary>
    public void TryStart(Func<Task> send)
    {
        if (_inFlight.Wait(0))
        {
            Track(send);
        }
    }

    private void Track(Func<Task> send)
    {
        Task sending;
        try
        {
            sending = send();
        }
        catch
        {
            _inFlight.Release();
            throw;
        }

        _ = sending.ContinueWith(
            static (done, state) =>
            {
                var pushes = (HubPushes)state!;
                try
                {
                    pushes._inFlight.Release();
                }
                catch (ObjectDisposedException)
                {
                    // The node is stopping.
                }

                if (done.Exception is { } e)
                {
                    LogSendFailed(pushes._logger, e.GetBaseException());
                }
            },
            this, CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
    }

    public void Dispose() => _inFlight.Dispose();

    [LoggerMessage(Level = LogLevel.Warning, Message = "A push failed; its clients catch up by version")]
    private static partial void LogSendFailed(ILogger logger, Exception exception);
}
