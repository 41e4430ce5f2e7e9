using Microsoft.AspNetCore.Components;

namespace ContactCenter.Server.Components.Agent;

/// <summary>Counts down on the clock the server set for the offer; the server expires it, this only shows it.</summary>
public partial class OfferToast : IDisposable
{
    private static readonly TimeSpan Tick = TimeSpan.FromMilliseconds(250);
    private ITimer? _timer;
    private TimeSpan _initial;

    [Inject] private TimeProvider Clock { get; set; } = null!;

    [Parameter, EditorRequired] public InboxRow Offer { get; set; } = null!;
    [Parameter] public EventCallback<Guid> OnAccept { get; set; }
    [Parameter] public EventCallback<Guid> OnReject { get; set; }

    private TimeSpan Remaining
    {
        get
        {
            var left = (Offer.Item.OfferExpiresAt ?? Clock.GetUtcNow()) - Clock.GetUtcNow();
            return left < TimeSpan.Zero ? TimeSpan.Zero : left;
        }
    }

    private int SecondsLeft => (int)Math.Ceiling(Remaining.TotalSeconds);

    private bool Expired => Remaining == TimeSpan.Zero;

    private double Progress => _initial <= TimeSpan.Zero ? 0 : 100 * Remaining / _initial;

    private string Waited => $"{(int)(Clock.GetUtcNow() - Offer.Item.StartedAt).TotalSeconds}s";

    protected override void OnInitialized()
    {
        _initial = Remaining;
        _timer = Clock.CreateTimer(_ => _ = InvokeAsync(StateHasChanged), null, Tick, Tick);
    }

    public void Dispose()
    {
        _timer?.Dispose();
        GC.SuppressFinalize(this);
    }
}
