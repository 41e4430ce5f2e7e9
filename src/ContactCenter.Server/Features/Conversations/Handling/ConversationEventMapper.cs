using ContactCenter.Contracts.Conversations;
using ContactCenter.Domain.Common;
using ContactCenter.Domain.Conversations;

namespace ContactCenter.Server.Features.Conversations.Handling;

public enum Audience
{
    Staff,
    Customer,
}

/// <summary>
/// Turns committed steps into the small DTOs clients get, never raw domain events. What a customer
/// may not see (private notes, offers, labels, links, their own read receipts) becomes a hidden
/// step that keeps its version, so the customer's versions stay contiguous; staff ids never reach
/// a customer. Every event has its case: a new one throws until it is given one.
/// </summary>
public static class ConversationEventMapper
{
    private static readonly HiddenStep Hidden = new();

    public static ConversationEventDto ToDto(Guid conversationId, ConversationStep step, Audience audience) =>
        new(conversationId, step.Version, step.At, step.StatusAfter.ToDto(), Payload(step.Event, audience == Audience.Staff));

    public static StepPayload Payload(ConversationEvent @event, bool staff) => @event switch
    {
        ConversationStarted => new StartedStep(),
        ConversationAssigned e => new AssignedStep(staff ? e.AgentId : null, e.AgentName),
        OfferAccepted e => new AssignedStep(staff ? e.AgentId : null, e.AgentName),
        ConversationOffered e => staff ? new OfferedStep(e.AgentId, e.AgentName, e.ExpiresAt) : Hidden,
        OfferDeclined e => staff ? new OfferDeclinedStep(e.AgentId, e.Reason) : Hidden,
        MessagePosted e => new MessageStep(new MessageDto(e.MessageId, e.Author.Kind.ToDto(), e.Author.DisplayName, e.Text)),
        PrivateNotePosted e => staff ? new NoteStep(new MessageDto(e.NoteId, e.Author.Kind.ToDto(), e.Author.DisplayName, e.Text)) : Hidden,
        ConversationMovedToQueue e => new MovedToQueueStep(e.FromQueueId, e.ToQueueId, e.Reason),
        // The customer is told they are handed on; the note is for the next agent only.
        ConversationTransferred e => new TransferredStep(e.FromQueueId, e.ToQueueId, e.By.DisplayName, staff ? e.Note : null),
        TransferOffered e => staff ? new TransferOfferedStep(e.FromAgentId, e.ToAgentId, e.ToAgentName, e.ToQueueId, e.By.DisplayName, e.Note, e.ExpiresAt) : Hidden,
        // The customer sees no gap: only who they talk to now.
        TransferAccepted e => new TransferAcceptedStep(staff ? e.ToAgentId : null, e.ToAgentName, e.FromQueueId, e.ToQueueId),
        TransferDeclined e => staff ? new TransferDeclinedStep(e.ToAgentId, e.Reason) : Hidden,
        ConversationPending e => new PendingStep(e.By.DisplayName),
        ConversationEnded e => new EndedStep(e.By.DisplayName),
        ConversationResolved e => new ResolvedStep(e.By.DisplayName),
        CustomerLeft => new CustomerLeftStep(),
        ConversationRated e => new RatedStep(e.Rating),
        // The customer sees staff reading their messages ("Seen"), not their own reads.
        MessagesRead e => staff || e.Reader.Kind != AuthorKind.Customer
            ? new ReadStep(e.Reader.Kind.ToDto(), e.Reader.DisplayName, e.UpToMessageId, staff && e.Reader.Kind == AuthorKind.Agent ? e.Reader.Id : null)
            : Hidden,
        ConversationLabeled e => staff ? new LabeledStep(e.LabelId, e.By.DisplayName) : Hidden,
        ConversationUnlabeled e => staff ? new UnlabeledStep(e.LabelId, e.By.DisplayName) : Hidden,
        ConversationLinkedToCustomer e => staff ? new CustomerLinkedStep(e.ToCustomerId, e.By.Id, e.By.DisplayName) : Hidden,
        WrapUpRecorded e => staff ? new WrapUpRecordedStep(e.ReasonCodeId, e.ReasonName, e.Note, e.By.DisplayName) : Hidden,
        WrapUpFinished e => staff ? new WrapUpFinishedStep(e.AgentId, e.Reason) : Hidden,
        ConferenceInvited e => staff ? new ConferenceInvitedStep(e.ToAgentId, e.ToAgentName, e.By.DisplayName, e.ExpiresAt) : Hidden,
        // The customer is told who joined and who left, never staff ids.
        ConferenceJoined e => new GuestJoinedStep(staff ? e.AgentId : null, e.AgentName),
        ConferenceDeclined e => staff ? new ConferenceDeclinedStep(e.ToAgentId, e.Reason) : Hidden,
        ParticipantLeft e => new ParticipantLeftStep(staff ? e.AgentId : null, e.AgentName, e.WasOwner, staff ? e.NewOwnerId : null, e.NewOwnerName, e.Requeued),
        _ => throw Unhandled.Case(@event),
    };
}
