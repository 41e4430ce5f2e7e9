using ContactCenter.Contracts.Desk;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.SignalR;
using MudBlazor;
using Microsoft.JSInterop;

namespace ContactCenter.Server.Components.Agent;

public partial class ComposeBox
{
    private const string StoreUnavailable = "unavailable";
    private static readonly TimeSpan TypingEvery = TimeSpan.FromSeconds(3);
    private static readonly TimeSpan[] RetryDelays = [.. new[] { 1, 2, 4, 8, 15, 30, 30, 30 }.Select(s => TimeSpan.FromSeconds(s))];
    private ElementReference _composer;
    private DotNetObjectReference<ComposeBox>? _self;
    private IReadOnlyList<CannedResponseDto> _canned = [];
    private string _draft = "";
    private bool _asNote;
    private PendingPost? _pending;
    private CancellationTokenSource? _retry;
    private int _tries;
    private DateTimeOffset _typingSentAt;

    [Inject] private IJSRuntime Js { get; set; } = null!;
    [Inject] private TimeProvider Clock { get; set; } = null!;

    [Parameter, EditorRequired] public Guid ConversationId { get; set; }

    /// <summary>After the chat ended only notes can be added.</summary>
    [Parameter] public bool NotesOnly { get; set; }

    protected override void OnParametersSet() => _asNote |= NotesOnly;

    protected override async Task OnAfterRenderAsync(bool firstRender)
    {
        if (firstRender)
        {
            _self = DotNetObjectReference.Create(this);
            await Js.InvokeVoidAsync("ccDesk.composer", _composer, _self);
        }
    }

    [JSInvokable]
    public Task OnEnterAsync(string text) => InvokeAsync(async () =>
    {
        _draft = text;
        if (_canned.Count > 0)
        {
            PickCanned(_canned[0]);
        }
        else
        {
            await SendAsync();
        }

        StateHasChanged();
    });

    [JSInvokable]
    public Task OnEscapeAsync() => InvokeAsync(() =>
    {
        _canned = [];
        StateHasChanged();
    });

    private async Task OnInputAsync(ChangeEventArgs e)
    {
        _draft = e.Value?.ToString() ?? "";
        if (_pending is { } held && _draft.Trim() != held.Text)
        {
            // Edited text is a new message: the old one is not sent by itself any more.
            StopRetrying();
        }

        _canned = _draft.StartsWith('/') && !_draft.Contains(' ', StringComparison.Ordinal) && _draft.Length > 1
            ? await FindCannedAsync(_draft[1..]) : [];
        if (!_asNote && Clock.GetUtcNow() - _typingSentAt > TypingEvery)
        {
            _typingSentAt = Clock.GetUtcNow();
            await TypingAsync();
        }
    }

    // Typing is a hint the customer may go without: a refusal or an outage is not worth a word.
    private async Task TypingAsync()
    {
        try
        {
            await Desk.Client!.TypingAsync(ConversationId, true);
        }
        catch (Exception e) when (e is HubException or InvalidOperationException or TaskCanceledException or IOException)
        {
        }
    }

    private async Task<IReadOnlyList<CannedResponseDto>> FindCannedAsync(string shortcut)
    {
        IReadOnlyList<CannedResponseDto> found = [];
        await RunAsync(async () => found = await Desk.Client!.FindCannedResponsesAsync(shortcut));
        return found;
    }

    private void PickCanned(CannedResponseDto canned)
    {
        _draft = canned.Text;
        _canned = [];
    }

    private async Task SendAsync()
    {
        var text = _draft.Trim();
        if (text.Length == 0)
        {
            return;
        }

        // One id per composed text, kept for every retry of that text (a click after a failed or
        // unconfirmed send), so that it is stored once; editing the text makes a new message.
        if (_pending is not { } p || p.Text != text || p.AsNote != _asNote)
        {
            _pending = new PendingPost(Guid.CreateVersion7(), text, _asNote);
            _tries = 0;
        }

        var pending = _pending;
        StopRetrying();
        var storeAway = false;
        var sent = await TryAsync(async () =>
        {
            try
            {
                await (pending.AsNote
                    ? Desk.Client!.PostNoteAsync(ConversationId, pending.Text, pending.Id)
                    : Desk.Client!.SendMessageAsync(ConversationId, pending.Text, pending.Id));
            }
            catch (HubException e) when (DeskErrors.Code(e) == StoreUnavailable)
            {
                storeAway = true;
            }
        });
        if (storeAway)
        {
            RetryLater(pending);
        }
        else if (sent)
        {
            _pending = null;
            _draft = "";
            _typingSentAt = default;
            await Js.InvokeVoidAsync("ccDesk.focus", _composer);
        }
    }

    // The database is away for a moment (a restart, a failover): the same post is sent again by
    // itself, with the same id so it is stored once, a little later each time, while the text stays
    // as it was. Past the last try the text waits in the box for the agent to send it.
    private void RetryLater(PendingPost pending)
    {
        if (_tries >= RetryDelays.Length)
        {
            Snackbar.Add("Still not sent: the database cannot be reached. Your text is kept; send it again in a moment.", Severity.Error);
            return;
        }

        _retry = new CancellationTokenSource();
        var stopped = _retry.Token;
        var delay = RetryDelays[_tries++];
        _ = Task.Delay(delay, Clock, stopped).ContinueWith(
            waited => waited.IsCanceled ? Task.CompletedTask : InvokeAsync(async () =>
            {
                if (!stopped.IsCancellationRequested && _pending == pending)
                {
                    await SendAsync();
                    StateHasChanged();
                }
            }),
            CancellationToken.None, TaskContinuationOptions.None, TaskScheduler.Default);
    }

    private void StopRetrying()
    {
        _retry?.Cancel();
        _retry?.Dispose();
        _retry = null;
    }

    protected override void OnDispose()
    {
        StopRetrying();
        _self?.Dispose();
    }

    private sealed record PendingPost(Guid Id, string Text, bool AsNote);
}
