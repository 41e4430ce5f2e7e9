using ContactCenter.Contracts.Conversations;
using Microsoft.AspNetCore.Components;
using Microsoft.JSInterop;
using K = ContactCenter.Contracts.Conversations.ConversationEventKinds;

namespace ContactCenter.Server.Components.Agent;

public partial class ConversationPane
{
    private ElementReference _transcriptElement;
    private int _renderedSteps;
    private Guid? _markedUpTo;

    [Inject] private IJSRuntime Js { get; set; } = null!;

    [Parameter, EditorRequired] public InboxRow Row { get; set; } = null!;

    private Transcript? Transcript => Desk.TranscriptOf(Row.Id);
    private IReadOnlyList<ConversationEventDto> Steps => Transcript?.Steps ?? [];
    private bool IsOwner => Row.IsMine(Desk.Me);
    private bool CanWrite => IsOwner && Row.Item.Status is "Active" or "Pending" or "WrapUp";

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
                seen = step is { Kind: K.Message, Message.AuthorKind: "Agent" } ? step.Message.Id : seen;
                if (step.Message?.Id == read)
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

    private Task ResolveAsync() => RunAsync(() => Desk.Client!.ResolveAsync(Row.Id));

    private Task AddLabelAsync(string labelId) => RunAsync(() => Desk.Client!.AddLabelAsync(Row.Id, labelId));

    private Task RemoveLabelAsync(string labelId) => RunAsync(() => Desk.Client!.RemoveLabelAsync(Row.Id, labelId));

    private string LabelName(string? id) => Desk.Labels.FirstOrDefault(l => l.Id == id)?.Name ?? id ?? "";

    private string? SystemLine(ConversationEventDto step) => step.Kind switch
    {
        K.Started => "Chat started",
        K.Offered => $"Offered to {step.ActorName}",
        K.OfferDeclined => $"Offer {step.ActorName}; back in the queue",
        K.Assigned => $"{step.ActorName} joined",
        K.Pending => "Waiting on the customer",
        K.CustomerLinked => $"{step.ActorName} linked this conversation to another profile",
        K.MovedToQueue => $"Waited too long: moved to the {step.ActorName} queue",
        K.Ended => $"{step.ActorName} ended the chat",
        K.Resolved => $"Resolved by {step.ActorName}",
        K.CustomerLeft => "The customer left",
        K.Rated => $"Rated {new string('★', step.Rating ?? 0)}{new string('☆', 5 - (step.Rating ?? 0))}",
        K.Labeled => $"{step.ActorName} added the label {LabelName(step.LabelId)}",
        K.Unlabeled => $"{step.ActorName} removed the label {LabelName(step.LabelId)}",
        _ => null,
    };

}
