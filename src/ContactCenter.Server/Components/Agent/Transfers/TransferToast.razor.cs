using Microsoft.AspNetCore.Components;

namespace ContactCenter.Server.Components.Agent.Transfers;

/// <summary>Counts down on the clock the server set for the transfer; the server expires it, this only shows it.</summary>
public partial class TransferToast : IDisposable
{
    private static readonly TimeSpan Tick = TimeSpan.FromMilliseconds(250);
    private ITimer? _timer;

    [Inject] private TimeProvider Clock { get; set; } = null!;

    [Parameter, EditorRequired] public TransferOffer Offer { get; set; } = null!;
    [Parameter] public EventCallback<Guid> OnAccept { get; set; }
    [Parameter] public EventCallback<Guid> OnReject { get; set; }

    private TimeSpan Remaining => Offer.ExpiresAt - Clock.GetUtcNow() is { } left && left > TimeSpan.Zero ? left : TimeSpan.Zero;

    private int SecondsLeft => (int)Math.Ceiling(Remaining.TotalSeconds);

    private bool Expired => Remaining == TimeSpan.Zero;

    protected override void OnInitialized() => _timer = Clock.CreateTimer(_ => _ = InvokeAsync(StateHasChanged), null, Tick, Tick);

    public void Dispose()
    {
        _timer?.Dispose();
        GC.SuppressFinalize(this);
    }
}
