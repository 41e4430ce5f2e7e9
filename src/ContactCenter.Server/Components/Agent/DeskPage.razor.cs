using Microsoft.AspNetCore.Components;
using Microsoft.JSInterop;

namespace ContactCenter.Server.Components.Agent;

/// <summary>The agent desk: inbox, the open conversation, the customer, and offers on top.</summary>
public partial class DeskPage
{
    private InboxView _view = new();
    private Guid? _selected;
    private DotNetObjectReference<DeskPage>? _self;
    private IJSObjectReference? _shortcuts;

    [Inject] private TimeProvider Clock { get; set; } = null!;
    [Inject] private IJSRuntime Js { get; set; } = null!;

    private bool _everConnected;

    private InboxRow? Selected => Desk.Inbox.FirstOrDefault(r => r.Id == _selected);

    private string Title
    {
        get
        {
            var unread = Desk.Inbox.Sum(r => r.Unread) + Desk.Offers.Count;
            return unread > 0 ? $"({unread}) Desk · ContactCenter" : "Desk · ContactCenter";
        }
    }

    protected override async Task OnAfterRenderAsync(bool firstRender)
    {
        if (firstRender)
        {
            _everConnected = await StartDeskAsync();
            _self = DotNetObjectReference.Create(this);
            _shortcuts = await Js.InvokeAsync<IJSObjectReference>("ccDesk.shortcuts", _self);
            StateHasChanged();
        }
    }

    [JSInvokable]
    public Task OnShortcutAsync(string action) => InvokeAsync(async () =>
    {
        var offers = Desk.Offers;
        var offer = offers.Count > 0 ? offers[0] : null;
        switch (action)
        {
            case "accept" when offer is not null:
                await AcceptAsync(offer.Id);
                break;
            case "reject" when offer is not null:
                await RejectAsync(offer.Id);
                break;
            case "next" or "previous":
                Move(action == "next" ? 1 : -1);
                break;
        }

        StateHasChanged();
    });

    private void Move(int by)
    {
        var rows = _view.Apply(Desk.Inbox).ToList();
        if (rows.Count == 0)
        {
            return;
        }

        var at = rows.FindIndex(r => r.Id == _selected);
        _selected = rows[at < 0 ? 0 : Math.Clamp(at + by, 0, rows.Count - 1)].Id;
    }

    private async Task AcceptAsync(Guid conversationId)
    {
        if (await TryAsync(() => Desk.AcceptAsync(conversationId)))
        {
            _selected = conversationId;
        }
    }

    private Task RejectAsync(Guid conversationId) => RunAsync(() => Desk.Client!.RejectOfferAsync(conversationId));

    private async Task AcceptTransferAsync(Guid conversationId)
    {
        if (await TryAsync(() => Desk.AcceptTransferAsync(conversationId)))
        {
            _selected = conversationId;
        }
    }

    private Task RejectTransferAsync(Guid conversationId) => RunAsync(() => Desk.RejectTransferAsync(conversationId));

    private async Task AcceptInvitationAsync(Guid conversationId)
    {
        if (await TryAsync(() => Desk.AcceptInvitationAsync(conversationId)))
        {
            _selected = conversationId;
        }
    }

    private Task DeclineInvitationAsync(Guid conversationId) => RunAsync(() => Desk.DeclineInvitationAsync(conversationId));

    protected override void OnDispose()
    {
        _self?.Dispose();
        if (_shortcuts is not null)
        {
            _ = DisposeShortcutsAsync(_shortcuts);
        }
    }

    private static async Task DisposeShortcutsAsync(IJSObjectReference shortcuts)
    {
        try
        {
            await shortcuts.InvokeVoidAsync("dispose");
            await shortcuts.DisposeAsync();
        }
        catch (JSDisconnectedException)
        {
            // The tab is gone, and its listener with it.
        }
    }
}
