using Microsoft.AspNetCore.Components;

namespace ContactCenter.Server.Components.Agent.WrapUp;

/// <summary>
/// Counts down to the wrap-up's end on the clock the server's queue sets. Rendered only in the open
/// pane of a conversation in wrap-up with a limit, so the desk's inbox pays nothing for it.
/// </summary>
public partial class WrapUpTimer : IDisposable
{
    private static readonly TimeSpan Tick = TimeSpan.FromMilliseconds(500);
    private ITimer? _timer;

    [Inject] private TimeProvider Clock { get; set; } = null!;

    [Parameter, EditorRequired] public DateTimeOffset Until { get; set; }

    // Whole seconds, rounded up: "0:01 left" until the very end.
    private TimeSpan Remaining => Until - Clock.GetUtcNow() is { } left && left > TimeSpan.Zero ? TimeSpan.FromSeconds(Math.Ceiling(left.TotalSeconds)) : TimeSpan.Zero;

    protected override void OnInitialized() => _timer = Clock.CreateTimer(_ => _ = InvokeAsync(StateHasChanged), null, Tick, Tick);

    public void Dispose()
    {
        _timer?.Dispose();
        GC.SuppressFinalize(this);
    }
}
