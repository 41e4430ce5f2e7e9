using Microsoft.AspNetCore.Components;

namespace ContactCenter.Server.Components.Agent;

/// <summary>
/// An alert the agent answers before a deadline the server set (an offer, a transfer, an
/// invitation): it only shows the seconds left, re-rendering a few times a second; the server
/// expires it, and an answer after the deadline is refused there.
/// </summary>
public abstract class CountdownToast : ComponentBase, IDisposable
{
    private static readonly TimeSpan Tick = TimeSpan.FromMilliseconds(250);
    private ITimer? _timer;

    [Inject] protected TimeProvider Clock { get; set; } = null!;

    [Parameter] public EventCallback<Guid> OnAccept { get; set; }

    /// <summary>When the server expires it; null when it does not say (then it shows as expired).</summary>
    protected abstract DateTimeOffset? ExpiresAt { get; }

    protected TimeSpan Remaining => (ExpiresAt ?? Clock.GetUtcNow()) - Clock.GetUtcNow() is { } left && left > TimeSpan.Zero ? left : TimeSpan.Zero;

    protected int SecondsLeft => (int)Math.Ceiling(Remaining.TotalSeconds);

    protected bool Expired => Remaining == TimeSpan.Zero;

    protected override void OnInitialized() => _timer = Clock.CreateTimer(_ => _ = InvokeAsync(StateHasChanged), null, Tick, Tick);

    public void Dispose()
    {
        _timer?.Dispose();
        GC.SuppressFinalize(this);
    }
}
