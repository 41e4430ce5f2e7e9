using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.SignalR;
using MudBlazor;

namespace ContactCenter.Server.Components.Agent;

/// <summary>
/// A component of the desk: re-renders when the desk changes (marshalled with InvokeAsync, since
/// changes come from hub threads), unsubscribes on dispose, and turns a refused command into a
/// snackbar with the server's sentence instead of a broken circuit (docs/realtime.md, rule 10).
/// </summary>
public abstract class DeskComponent : ComponentBase, IDisposable
{
    [Inject] protected DeskState Desk { get; set; } = null!;
    [Inject] protected ISnackbar Snackbar { get; set; } = null!;

    protected override void OnInitialized() => Desk.Changed += OnDeskChanged;

    private void OnDeskChanged() => _ = InvokeAsync(StateHasChanged);

    /// <summary>Connects the circuit's desk (once); a failure shows as a snackbar, and the page stays up.</summary>
    protected Task<bool> StartDeskAsync() => TryAsync(Desk.StartAsync);

    /// <summary>Runs a command; a refusal shows as a snackbar and leaves the screen as it was.</summary>
    protected Task RunAsync(Func<Task> command) => TryAsync(command);

    /// <summary>Runs a command and tells whether it went through (a refusal shows as a snackbar).</summary>
    protected async Task<bool> TryAsync(Func<Task> command)
    {
        try
        {
            await command();
            return true;
        }
        catch (HubException e)
        {
            Snackbar.Add(DeskErrors.Sentence(e), Severity.Warning);
        }
        catch (Exception e) when (e is InvalidOperationException or TaskCanceledException or IOException or HttpRequestException)
        {
            Snackbar.Add("The desk is not connected right now; it reconnects by itself. Try again in a moment.", Severity.Error);
        }

        return false;
    }

    public void Dispose()
    {
        Desk.Changed -= OnDeskChanged;
        OnDispose();
        GC.SuppressFinalize(this);
    }

    /// <summary>Unsubscribes what a derived component subscribed.</summary>
    protected virtual void OnDispose()
    {
    }
}

/// <summary>The user's sentence inside a hub error ("... HubException: code: sentence").</summary>
public static class DeskErrors
{
    /// <summary>The stable code before a hub refusal's sentence ("unavailable", "not-owner"), or null.</summary>
    public static string? Code(Exception e) => Split(e).Code;

    public static string Sentence(Exception e) => Split(e).Sentence;

    // "An unexpected error occurred invoking 'X' on the server. HubException: code: sentence"
    private static (string? Code, string Sentence) Split(Exception e)
    {
        var message = e.Message;
        var at = message.IndexOf("HubException: ", StringComparison.Ordinal);
        var rest = at < 0 ? message : message[(at + "HubException: ".Length)..];
        var colon = rest.IndexOf(": ", StringComparison.Ordinal);
        return colon > 0 && !rest[..colon].Contains(' ', StringComparison.Ordinal) ? (rest[..colon], rest[(colon + 2)..]) : (null, rest);
    }
}
