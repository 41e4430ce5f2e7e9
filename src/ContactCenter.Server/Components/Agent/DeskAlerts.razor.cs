using Microsoft.AspNetCore.Components;
using Microsoft.JSInterop;
using MudBlazor;

namespace ContactCenter.Server.Components.Agent;

/// <summary>
/// Offer alerts: a chime and, while the tab is hidden, a browser notification. Browsers allow
/// neither by default, so this asks for notifications when the agent first goes ready (a click on
/// the snackbar's button is the gesture browsers want), says in the app bar when they are blocked,
/// and shows "click to enable sound" while the page's audio is locked.
/// </summary>
public partial class DeskAlerts : IAsyncDisposable
{
    private bool _muted;
    private string _sound = "unsupported";
    private string _notify = "unsupported";
    private bool _offeredNotifications;
    private DotNetObjectReference<DeskAlerts>? _self;
    private IJSObjectReference? _soundWatch;

    [Inject] private IJSRuntime Js { get; set; } = null!;

    protected override void OnInitialized()
    {
        base.OnInitialized();
        Desk.OfferArrived += OnOffer;
        Desk.TransferArrived += OnTransfer;
        Desk.TransferReturned += OnTransferReturned;
        Desk.InvitationArrived += OnInvitation;
    }

    protected override async Task OnAfterRenderAsync(bool firstRender)
    {
        if (firstRender)
        {
            _muted = await Js.InvokeAsync<string?>("ccDesk.pref", "muted") == "true";
            _notify = await Js.InvokeAsync<string>("ccDesk.notifyPermission");
            _self = DotNetObjectReference.Create(this);
            _soundWatch = await Js.InvokeAsync<IJSObjectReference>("ccDesk.watchSound", _self);
            _sound = await Js.InvokeAsync<string>("ccDesk.soundState");
            StateHasChanged();
        }

        await OfferNotificationsOnFirstReadyAsync();
    }

    // Once per browser, when the agent is ready and has never been asked: the moment an agent
    // expects it, with a sentence saying why. The app bar's button stays for later.
    private async Task OfferNotificationsOnFirstReadyAsync()
    {
        if (_offeredNotifications || _notify != "default" || Desk.Presence?.State != "Ready")
        {
            return;
        }

        _offeredNotifications = true;
        if (await Js.InvokeAsync<string?>("ccDesk.pref", "notify-offered") == "true")
        {
            return;
        }

        await Js.InvokeVoidAsync("ccDesk.setPref", "notify-offered", "true");
        Snackbar.Add("You're ready. Turn on browser notifications to hear of new chats while this tab is hidden?", Severity.Info, options =>
        {
            options.Action = "Turn on";
            options.ActionColor = Color.Primary;
            // Long enough to read and answer, then out of the way of the desk (the bell stays).
            options.RequireInteraction = false;
            options.VisibleStateDuration = 20_000;
            options.ShowCloseIcon = true;
            options.OnClick = _ => AskToNotifyAsync();
        });
    }

    [JSInvokable]
    public Task OnSoundStateAsync(string state) => InvokeAsync(() =>
    {
        _sound = state;
        StateHasChanged();
    });

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

    private async Task AskToNotifyAsync()
    {
        _notify = await Js.InvokeAsync<string>("ccDesk.askToNotify");
        StateHasChanged();
    }

    // The click itself unlocks the audio (the page listens for any click); this only re-reads it.
    private async Task UnlockSoundAsync() => _sound = await Js.InvokeAsync<string>("ccDesk.soundState");

    private async Task ToggleMuteAsync()
    {
        _muted = !_muted;
        await Js.InvokeVoidAsync("ccDesk.setPref", "muted", _muted ? "true" : "false");
    }

    // A transfer has its own tones, so an agent hears a colleague's request apart from routed work.
    private void OnTransfer(Transfers.TransferOffer transfer) => _ = InvokeAsync(async () =>
    {
        try
        {
            await Js.InvokeVoidAsync("ccDesk.alert", transfer.Title, "A colleague hands you a chat: accept or reject it on the desk.", !_muted, "transfer");
        }
        catch (JSDisconnectedException)
        {
            // The tab closed; the transfer still shows on the agent's other tabs.
        }
    });

    // An invitation has tones of its own too: a colleague asks for help, nobody hands over work.
    private void OnInvitation(Conference.Invitation invitation) => _ = InvokeAsync(async () =>
    {
        try
        {
            await Js.InvokeVoidAsync("ccDesk.alert", invitation.Title, "Join as a guest from the desk, or decline.", !_muted, "invitation");
        }
        catch (JSDisconnectedException)
        {
            // The tab closed; the invitation still shows on the agent's other tabs.
        }
    });

    private void OnTransferReturned(Transfers.SentTransfer sent, string reason) => _ = InvokeAsync(() => Snackbar.Add(reason switch
    {
        "rejected" => $"{sent.ToAgentName} rejected the transfer; the chat stays with you.",
        _ => $"{sent.ToAgentName} did not answer the transfer in time; the chat stays with you.",
    }, Severity.Warning));

    protected override void OnDispose()
    {
        Desk.OfferArrived -= OnOffer;
        Desk.TransferArrived -= OnTransfer;
        Desk.TransferReturned -= OnTransferReturned;
        Desk.InvitationArrived -= OnInvitation;
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            if (_soundWatch is not null)
            {
                await _soundWatch.InvokeVoidAsync("dispose");
                await _soundWatch.DisposeAsync();
            }
        }
        catch (JSDisconnectedException)
        {
            // The tab is gone, and its listeners with it.
        }

        _self?.Dispose();
        // With both interfaces Blazor calls only this one: the desk's own unsubscribing too.
        Dispose();
        GC.SuppressFinalize(this);
    }
}
