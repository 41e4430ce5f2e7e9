using Microsoft.AspNetCore.Components;

namespace ContactCenter.Server.Components.Agent;

/// <summary>A chat offered to this agent, counting down on the clock the server set for the offer, with a bar of the time left.</summary>
public partial class OfferToast
{
    private TimeSpan _initial;

    [Parameter, EditorRequired] public InboxRow Offer { get; set; } = null!;
    [Parameter] public EventCallback<Guid> OnReject { get; set; }

    protected override DateTimeOffset? ExpiresAt => Offer.Item.OfferExpiresAt;

    private double Progress => _initial <= TimeSpan.Zero ? 0 : 100 * Remaining / _initial;

    private string Waited => $"{(int)(Clock.GetUtcNow() - Offer.Item.StartedAt).TotalSeconds}s";

    protected override void OnInitialized()
    {
        _initial = Remaining;
        base.OnInitialized();
    }
}
