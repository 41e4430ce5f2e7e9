using ContactCenter.Contracts.Conversations;
using ContactCenter.Contracts.Queues;
using Microsoft.AspNetCore.Components;
using Microsoft.JSInterop;
using ContactCenter.Server.Components.Agent.Transfers;
using ContactCenter.Server.Components.Agent.WrapUp;
using MudBlazor;

namespace ContactCenter.Server.Components.Agent;

public partial class ConversationPane
{
    private ElementReference _transcriptElement;
    private int _renderedSteps;
    private Guid? _markedUpTo;

    [Inject] private IJSRuntime Js { get; set; } = null!;
    [Inject] private IDialogService Dialogs { get; set; } = null!;

    [Parameter, EditorRequired] public InboxRow Row { get; set; } = null!;

    private Transcript? Transcript => Desk.TranscriptOf(Row.Id);
    private IReadOnlyList<ConversationEventDto> Steps => Transcript?.Steps ?? [];
    private bool IsOwner => Row.IsMine(Desk.Me);
    private bool IsGuest => Row.IsGuest(Desk.Me);
    private bool Live => Row.Item.Status is ConversationStatusDto.Active or ConversationStatusDto.Pending;

    // A guest replies while the chat is live; the owner also writes notes during wrap-up.
    private bool CanWrite => (IsOwner && Row.Item.Status is ConversationStatusDto.Active or ConversationStatusDto.Pending or ConversationStatusDto.WrapUp) || (IsGuest && Live);

    // The "Seen" mark goes under the agent's last message the customer has read.
    private Guid? LastAgentMessageSeen
    {
        get
        {
            if (Transcript?.ReadByCustomerUpTo is not { } read)
            {
                return null;
            }

            Guid? seen = null;
            foreach (var step in Steps)
            {
                seen = step.Payload is MessageStep { Message: { AuthorKind: AuthorKindDto.Agent } mine } ? mine.Id : seen;
                if (Transcript.Post(step)?.Id == read)
                {
                    break;
                }
            }

            return seen;
        }
    }

    protected override async Task OnParametersSetAsync()
    {
        // Parameters are set again at every re-render of the desk; the transcript is fetched once.
        if (Transcript is null)
        {
            await RunAsync(() => Desk.FollowAsync(Row.Id));
        }
    }

    protected override async Task OnAfterRenderAsync(bool firstRender)
    {
        var steps = Steps;
        if (steps.Count != _renderedSteps)
        {
            _renderedSteps = steps.Count;
            await Js.InvokeVoidAsync("ccDesk.scrollToEnd", _transcriptElement);
        }

        // Opening a conversation reads it: the customer sees "Seen" and the unread count clears.
        if (IsOwner && Transcript is { Unread: > 0, LastCustomerMessageId: { } last } && _markedUpTo != last)
        {
            _markedUpTo = last;
            await RunAsync(() => Desk.Client!.MarkReadAsync(Row.Id, last));
        }
    }

    private Task TakeAsync() => RunAsync(async () =>
    {
        await Desk.FollowAsync(Row.Id);
        await Desk.Client!.TakeAsync(Row.Id);
    });

    private Task PendingAsync() => RunAsync(() => Desk.Client!.SetPendingAsync(Row.Id));

    private Task EndAsync() => RunAsync(() => Desk.Client!.EndAsync(Row.Id));

    // The dialog sends the transfer itself, so a refusal is shown where the agent chose.
    private async Task TransferAsync()
    {
        var current = new QueueSummary(Row.Item.QueueId, Row.Item.QueueName, "", Row.Item.ChannelId);
        var dialog = await Dialogs.ShowAsync<TransferDialog>(
            "Transfer", new DialogParameters<TransferDialog> { { d => d.ConversationId, Row.Id }, { d => d.CurrentQueue, current } }, new DialogOptions { MaxWidth = MaxWidth.Small, FullWidth = true });
        if (await dialog.Result is { Canceled: false, Data: TransferChoice choice })
        {
            Snackbar.Add(choice.Done, Severity.Success);
        }
    }

    private async Task InviteAsync()
    {
        var current = new QueueSummary(Row.Item.QueueId, Row.Item.QueueName, "", Row.Item.ChannelId);
        var dialog = await Dialogs.ShowAsync<Conference.InviteDialog>(
            "Invite to this chat", new DialogParameters<Conference.InviteDialog> { { d => d.ConversationId, Row.Id }, { d => d.CurrentQueue, current } },
            new DialogOptions { MaxWidth = MaxWidth.Small, FullWidth = true });
        if (await dialog.Result is { Canceled: false, Data: Conference.InviteChoice choice })
        {
            Snackbar.Add(choice.Done, Severity.Success);
        }
    }

    private Task LeaveAsync() => RunAsync(() => Desk.Client!.LeaveAsync(Row.Id));

    private async Task WrapUpAsync()
    {
        var ended = Row.Item.Status == ConversationStatusDto.WrapUp;
        var dialog = await Dialogs.ShowAsync<WrapUpDialog>(
            "Wrap-up", new DialogParameters<WrapUpDialog> { { d => d.ConversationId, Row.Id }, { d => d.Ended, ended } }, new DialogOptions { MaxWidth = MaxWidth.Small, FullWidth = true });
        if (await dialog.Result is { Canceled: false, Data: WrapUpChoice choice })
        {
            Snackbar.Add(choice.Finish ? "Wrap-up saved and finished." : "Wrap-up saved.", Severity.Success);
        }
    }

    private Task FinishWrapUpAsync() => RunAsync(() => Desk.Client!.FinishWrapUpAsync(Row.Id));

    private Task ResolveAsync() => RunAsync(() => Desk.Client!.ResolveAsync(Row.Id));

    private Task AddLabelAsync(string labelId) => RunAsync(() => Desk.Client!.AddLabelAsync(Row.Id, labelId));

    private Task RemoveLabelAsync(string labelId) => RunAsync(() => Desk.Client!.RemoveLabelAsync(Row.Id, labelId));

    private string LabelName(string? id) => Desk.Labels.FirstOrDefault(l => l.Id == id)?.Name ?? id ?? "";

    private string? SystemLine(ConversationEventDto step) => SystemLines.For(step.Payload, LabelName);
}
