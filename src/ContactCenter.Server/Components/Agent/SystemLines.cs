using ContactCenter.Contracts.Conversations;
using ContactCenter.Domain.Common;

namespace ContactCenter.Server.Components.Agent;

/// <summary>The line a step shows in the transcript between the bubbles; every kind listed.</summary>
public static class SystemLines
{
    /// <summary>The line for a step, or null for kinds shown otherwise (bubbles, "Seen") or not at all.</summary>
    /// <param name="payload">The step.</param>
    /// <param name="labelName">A label's display name from its id.</param>
    public static string? For(StepPayload payload, Func<string?, string> labelName) => payload switch
    {
        StartedStep => "Chat started",
        OfferedStep s => $"Offered to {s.AgentName}",
        OfferDeclinedStep s => $"Offer {s.Reason}; back in the queue",
        AssignedStep s => $"{s.AgentName} joined",
        PendingStep => "Waiting on the customer",
        CustomerLinkedStep s => $"{s.ByName} linked this conversation to another profile",
        MovedToQueueStep s => $"Waited too long: moved to the {s.ToQueueId} queue",
        TransferredStep s => $"{s.ByName} transferred this chat to the {s.ToQueueId} queue" + (s.Note is { } note ? $": {note}" : ""),
        TransferOfferedStep s => $"{s.ByName} offered this chat to {s.ToAgentName}" + (s.Note is { } offerNote ? $": {offerNote}" : ""),
        TransferAcceptedStep s => $"{s.ToAgentName} accepted the transfer and handles this chat now",
        TransferDeclinedStep s => s.Reason switch
        {
            "rejected" => "The transfer was rejected; the chat stays with its owner",
            "expired" => "The transfer was not answered in time; the chat stays with its owner",
            _ => "The transfer was withdrawn: the chat ended or changed hands",
        },
        EndedStep s => $"{s.ByName} ended the chat",
        ResolvedStep s => $"Resolved by {s.ByName}",
        CustomerLeftStep => "The customer left",
        RatedStep s => $"Rated {new string('★', s.Rating)}{new string('☆', 5 - s.Rating)}",
        LabeledStep s => $"{s.ByName} added the label {labelName(s.LabelId)}",
        UnlabeledStep s => $"{s.ByName} removed the label {labelName(s.LabelId)}",
        WrapUpRecordedStep s => $"{s.ByName} wrapped up" + (s.ReasonName is { } code ? $": {code}" : "") + (s.Note is { } wrapNote ? $" ({wrapNote})" : ""),
        WrapUpFinishedStep s => s.Reason == "timed-out" ? "Wrap-up time ran out; the chat is closed" : "Wrap-up finished; the chat is closed",
        ConferenceInvitedStep s => $"{s.ByName} invited {s.ToAgentName} to join",
        GuestJoinedStep s => $"{s.AgentName} joined as a guest",
        ConferenceDeclinedStep s => s.Reason == "rejected" ? "The invitation was declined" : "The invitation was withdrawn: the chat ended or went back to its queue",
        ParticipantLeftStep s => $"{s.AgentName} left the chat" + (s.NewOwnerName is { } next ? $"; {next} handles it now" : s.Requeued ? "; it waits in the queue again" : ""),
        // Messages and notes are bubbles; reads show as "Seen"; hidden steps show nothing.
        MessageStep or NoteStep or ReadStep or HiddenStep => null,
        _ => throw Unhandled.Case(payload),
    };
}
