using ContactCenter.Contracts.Conversations;
using ContactCenter.Domain.Common;

namespace ContactCenter.Server.Components.Agent;

/// <summary>When a step makes the desk read its inbox again rather than fold the step into a row.</summary>
public enum DeskReread
{
    None,

    /// <summary>Only for a conversation the desk has no row of: it may belong in the inbox now.</summary>
    WhenUnknown,

    /// <summary>Always: the row's queue or customer changed, which only the server can name.</summary>
    Always,
}

/// <summary>What each kind of step means to the desk beyond its row and transcript; every kind listed.</summary>
public sealed partial class DeskState
{
    public static DeskReread Reread(StepPayload payload) => payload switch
    {
        StartedStep or OfferedStep or OfferDeclinedStep or AssignedStep => DeskReread.WhenUnknown,
        MovedToQueueStep or TransferredStep or CustomerLinkedStep or TransferAcceptedStep => DeskReread.Always,
        // An open transfer is shown as an alert to the agent it is offered to, not as a row.
        TransferOfferedStep or TransferDeclinedStep => DeskReread.None,
        WrapUpRecordedStep or WrapUpFinishedStep => DeskReread.None,
        // An invitation is an alert to the invited agent; a guest's desk learns the row when they join.
        ConferenceInvitedStep or ConferenceDeclinedStep => DeskReread.None,
        GuestJoinedStep => DeskReread.WhenUnknown,
        ParticipantLeftStep => DeskReread.Always,
        MessageStep or NoteStep or PendingStep or EndedStep or ResolvedStep or CustomerLeftStep or RatedStep
            or ReadStep or LabeledStep or UnlabeledStep or HiddenStep => DeskReread.None,
        _ => throw Unhandled.Case(payload),
    };

    /// <summary>What the agent's own figures count, in their conversations: their replies, resolutions, ends and ratings.</summary>
    public static bool CountsForMe(StepPayload payload) => payload switch
    {
        MessageStep s => s.Message.AuthorKind == AuthorKindDto.Agent,
        ResolvedStep or RatedStep or EndedStep => true,
        StartedStep or AssignedStep or NoteStep or PendingStep or CustomerLeftStep or ReadStep or OfferedStep
            or OfferDeclinedStep or LabeledStep or UnlabeledStep or MovedToQueueStep or TransferredStep or CustomerLinkedStep or HiddenStep
            or TransferOfferedStep or TransferAcceptedStep or TransferDeclinedStep or WrapUpRecordedStep
            or ConferenceInvitedStep or GuestJoinedStep or ConferenceDeclinedStep or ParticipantLeftStep => false,
        // A closed conversation resolves for the owner's figures (docs/domain.md, "Figures").
        WrapUpFinishedStep => true,
        _ => throw Unhandled.Case(payload),
    };
}
