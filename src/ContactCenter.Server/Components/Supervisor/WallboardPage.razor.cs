using Microsoft.AspNetCore.Components;
using Microsoft.JSInterop;

namespace ContactCenter.Server.Components.Supervisor;

/// <summary>
/// The supervisors' wallboard: figures per queue and in total, the agents grid and the live
/// conversations, all computed on the server and pushed. <c>?wall=1</c> is the TV mode: no
/// controls, and the page heals itself after a network drop or a server restart (wallboard.js).
/// </summary>
public partial class WallboardPage
{
    private ITimer? _ticker;
    private bool _everConnected;

    [Inject] private WallboardState State { get; set; } = null!;
    [Inject] private TimeProvider Clock { get; set; } = null!;
    [Inject] private IJSRuntime Js { get; set; } = null!;

    [SupplyParameterFromQuery(Name = "wall")]
    private int? WallParameter { get; set; }

    private bool Wall => WallParameter == 1;

    protected override void OnInitialized()
    {
        State.Changed += OnChanged;
        // Waits tick by the second on screen; the figures themselves only change with a push.
        _ticker = Clock.CreateTimer(_ => OnChanged(), null, TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(1));
    }

    protected override async Task OnAfterRenderAsync(bool firstRender)
    {
        if (!firstRender)
        {
            return;
        }

        try
        {
            await State.StartAsync();
            _everConnected = true;
        }
        catch (Exception e) when (e is InvalidOperationException or HttpRequestException or IOException or TaskCanceledException)
        {
            await DispatchExceptionAsync(e);
        }

        if (Wall)
        {
            await Js.InvokeVoidAsync("ccWallboard.healOnCircuitLoss");
        }

        StateHasChanged();
    }

    private void OnChanged() => _ = InvokeAsync(StateHasChanged);

    public async ValueTask DisposeAsync()
    {
        State.Changed -= OnChanged;
        if (_ticker is not null)
        {
            await _ticker.DisposeAsync();
        }

        GC.SuppressFinalize(this);
    }
}
