using ContactCenter.Contracts.Desk;
using Microsoft.AspNetCore.Components;
using Microsoft.JSInterop;

namespace ContactCenter.Server.Components.Agent;

public partial class ComposeBox
{
    private static readonly TimeSpan TypingEvery = TimeSpan.FromSeconds(3);
    private ElementReference _composer;
    private DotNetObjectReference<ComposeBox>? _self;
    private IReadOnlyList<CannedResponseDto> _canned = [];
    private string _draft = "";
    private bool _asNote;
    private PendingPost? _pending;
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
        _canned = _draft.StartsWith('/') && !_draft.Contains(' ', StringComparison.Ordinal) && _draft.Length > 1
            ? await FindCannedAsync(_draft[1..]) : [];
        if (!_asNote && Clock.GetUtcNow() - _typingSentAt > TypingEvery)
        {
            _typingSentAt = Clock.GetUtcNow();
            await RunAsync(() => Desk.Client!.TypingAsync(ConversationId, true));
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
        var pending = _pending is { } p && p.Text == text && p.AsNote == _asNote ? p : new PendingPost(Guid.CreateVersion7(), text, _asNote);
        _pending = pending;
        var id = pending.Id;
        var sent = _asNote
            ? await TryAsync(() => Desk.Client!.PostNoteAsync(ConversationId, text, id))
            : await TryAsync(() => Desk.Client!.SendMessageAsync(ConversationId, text, id));
        if (sent)
        {
            _pending = null;
            _draft = "";
            _typingSentAt = default;
            await Js.InvokeVoidAsync("ccDesk.focus", _composer);
        }
    }

    protected override void OnDispose() => _self?.Dispose();

    private sealed record PendingPost(Guid Id, string Text, bool AsNote);
}
