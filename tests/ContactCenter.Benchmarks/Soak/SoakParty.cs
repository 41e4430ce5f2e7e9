using System.Collections.Concurrent;
using System.Net.WebSockets;
using System.Text.Json;
using ContactCenter.Benchmarks.Load;

namespace ContactCenter.Benchmarks.Soak;

/// <summary>
/// A customer or an agent of the soak: one hub connection that comes back by itself when it ends
/// (a dropped socket, a node restarting), to a live node, and then asks for every step it missed,
/// as the widget and the desk do. Sends are retried with the same message id until acknowledged.
/// </summary>
public abstract class SoakParty(SoakNodes nodes, int spread, SoakLedger ledger) : IDisposable
{
    private static readonly TimeSpan Retry = TimeSpan.FromMilliseconds(500);
    private readonly SemaphoreSlim _connecting = new(1, 1);
    private HubSocket? _socket;
    private string? _socketToken;
    private bool _stopped;

    protected ConcurrentDictionary<Guid, ChatView> Views { get; } = new();
    protected SoakLedger Ledger => ledger;
    protected abstract string HubPath { get; }

    protected abstract Task<string> TokenAsync();

    /// <summary>Which view a pushed step belongs to; null for a conversation this party does not keep.</summary>
    protected abstract ChatView? ViewFor(JsonElement step);

    /// <summary>What the party does about a step it applied (accept an offer, answer a message).</summary>
    protected virtual Task OnStepAsync(ChatView view, JsonElement step) => Task.CompletedTask;

    /// <summary>The live connection, connecting (and resuming every view) when there is none.</summary>
    public async Task<HubSocket> SocketAsync()
    {
        // A connection opened with another token (a customer's previous chat, reconnected by itself
        // while the next chat started) speaks for someone else: it is replaced, never used.
        var token = await TokenAsync();
        if (_socket is { Closed.IsCompleted: false } open && _socketToken == token)
        {
            return open;
        }

        await _connecting.WaitAsync();
        try
        {
            token = await TokenAsync();
            if (_socket is { Closed.IsCompleted: false } again)
            {
                if (_socketToken == token)
                {
                    return again;
                }

                await again.DisposeAsync();
            }

            var reconnect = _socket is not null;
            for (var attempt = 0; ; attempt++)
            {
                try
                {
                    var socket = await HubSocket.ConnectAsync(nodes.Pick(spread + attempt), HubPath, token);
                    socket.Pushed = Pushed;
                    (_socket, _socketToken) = (socket, token);
                    if (reconnect)
                    {
                        ledger.Reconnected();
                    }

                    await OnConnectedAsync(socket);
                    _ = socket.Closed.ContinueWith(_ => _stopped ? Task.CompletedTask : Task.Run(ComeBackAsync), TaskScheduler.Default);
                    return socket;
                }
                catch (Exception e) when (IsConnectionTrouble(e) && attempt < 240)
                {
                    await Task.Delay(Retry);
                }
            }
        }
        finally
        {
            _connecting.Release();
        }
    }

    /// <summary>Runs <paramref name="change"/> while no connection is being made (connects read the token and resume the views).</summary>
    protected async Task BetweenConnectsAsync(Action change)
    {
        await _connecting.WaitAsync();
        try
        {
            change();
        }
        finally
        {
            _connecting.Release();
        }
    }

    /// <summary>Closes the connection as a flaky network would; it comes back by itself.</summary>
    public async Task DropAsync()
    {
        if (_socket is { } socket)
        {
            await socket.DisposeAsync();
        }
    }

    public async Task StopAsync()
    {
        _stopped = true;
        await DropAsync();
    }

    public void Dispose()
    {
        _connecting.Dispose();
        GC.SuppressFinalize(this);
    }

    /// <summary>Asks for everything after the version the view holds, and applies it.</summary>
    public async Task ResumeAsync(ChatView view)
    {
        for (var attempt = 0; attempt < 240; attempt++)
        {
            try
            {
                var socket = await SocketAsync();
                React(view, view.Resumed(await socket.InvokeAsync("GetEventsSince", view.ConversationId, view.Version)));
                return;
            }
            catch (Exception e) when (IsConnectionTrouble(e) || IsStoreAway(e))
            {
                await Task.Delay(Retry);
            }
        }
    }

    /// <summary>Sends until acknowledged (the same id each time, so it is stored once): the version it was stored at, or null when refused.</summary>
    protected async Task<long?> SendAsync(Guid conversationId, Guid messageId, string text)
    {
        for (var attempt = 0; attempt < 240; attempt++)
        {
            try
            {
                var socket = await SocketAsync();
                var ack = await socket.InvokeAsync("SendMessage", conversationId, messageId, text);
                ledger.Acknowledged(conversationId, messageId);
                return ack.GetProperty("version").GetInt64();
            }
            catch (Exception e) when (IsConnectionTrouble(e) || IsStoreAway(e))
            {
                await Task.Delay(Retry);
            }
            catch (InvalidOperationException e)
            {
                ledger.Refused(e.Message);
                return null;
            }
        }

        ledger.GaveUp();
        return null;
    }

    /// <summary>Waits (bounded) until the view holds <paramref name="version"/>, asking for what it missed.</summary>
    protected async Task HeldAsync(ChatView view, long version)
    {
        for (var attempt = 0; view.Version < version && attempt < 100; attempt++)
        {
            await ResumeAsync(view);
            if (view.Version < version)
            {
                await Task.Delay(100);
            }
        }
    }

    /// <summary>Brings every view up to the store's latest, before the audit.</summary>
    public async Task CatchUpAsync()
    {
        foreach (var view in Views.Values)
        {
            await ResumeAsync(view);
        }
    }

    protected virtual async Task OnConnectedAsync(HubSocket socket)
    {
        foreach (var view in Views.Values)
        {
            React(view, view.Resumed(await socket.InvokeAsync("GetEventsSince", view.ConversationId, view.Version)));
        }
    }

    // What was missed is acted on as if it had been pushed: an offer still open is accepted.
    private void React(ChatView view, IReadOnlyList<JsonElement> steps)
    {
        foreach (var step in steps)
        {
            _ = Task.Run(() => OnStepAsync(view, step));
        }
    }

    private async Task ComeBackAsync()
    {
        try
        {
            await SocketAsync();
        }
        catch (Exception e) when (IsConnectionTrouble(e) || IsStoreAway(e))
        {
            ledger.GaveUp();
        }
    }

    // Runs on the socket's receive loop: never call the hub from here, hand on to the pool.
    private void Pushed(string target, JsonElement step)
    {
        if (target != "ConversationEvent" || ViewFor(step) is not { } view)
        {
            return;
        }

        if (!view.Pushed(step))
        {
            _ = Task.Run(() => ResumeAsync(view));
            return;
        }

        _ = Task.Run(() => OnStepAsync(view, step));
    }

    protected static bool IsConnectionTrouble(Exception e) =>
        e is WebSocketException or TimeoutException or HttpRequestException or OperationCanceledException or IOException;

    // The node answered that the database is away for a moment: a retry is harmless.
    private static bool IsStoreAway(Exception e) => e is InvalidOperationException && e.Message.Contains("unavailable:", StringComparison.Ordinal);
}
