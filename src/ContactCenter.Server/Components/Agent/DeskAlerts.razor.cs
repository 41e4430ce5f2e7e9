using Microsoft.AspNetCore.Components;
using Microsoft.JSInterop;

namespace ContactCenter.Server.Components.Agent;

public partial class DeskAlerts
{
    private bool _muted;

    [Inject] private IJSRuntime Js { get; set; } = null!;

    protected override void OnInitialized()
    {
        base.OnInitialized();
        Desk.OfferArrived += OnOffer;
    }

    protected override async Task OnAfterRenderAsync(bool firstRender)
    {
        if (firstRender)
        {
            _muted = await Js.InvokeAsync<string?>("ccDesk.pref", "muted") == "true";
            StateHasChanged();
        }
    }

    private void OnOffer(InboxRow offer) => _ = InvokeAsync(async () =>
    {
        try
        {
            await Js.InvokeVoidAsync("ccDesk.alert", $"New chat from {offer.Item.CustomerName}", $"{offer.Item.QueueName}: {offer.Item.LastMessagePreview}", !_muted);
        }
        catch (JSDisconnectedException)
        {
            // The tab closed; the offer still shows on the agent's other tabs.
        }
    });

    private async Task ToggleMuteAsync()
    {
        _muted = !_muted;
        await Js.InvokeVoidAsync("ccDesk.setPref", "muted", _muted ? "true" : "false");
        await Js.InvokeVoidAsync("ccDesk.askToNotify");
    }

    protected override void OnDispose() => Desk.OfferArrived -= OnOffer;
}
