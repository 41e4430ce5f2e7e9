using System.Text.Json.Serialization;

namespace ContactCenter.Contracts.Conversations;

/// <summary>
/// What a step says, one record per kind. JSON names the kind in a <c>"kind"</c> property written
/// first (the strings below); the binary protocol writes <c>[kind, payload]</c>. Fields a recipient
/// may not see are null for them; kinds they may not see at all arrive as <see cref="HiddenStep"/>.
/// </summary>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "kind", UnknownDerivedTypeHandling = JsonUnknownDerivedTypeHandling.FailSerialization)]
[JsonDerivedType(typeof(StartedStep), "started")]
[JsonDerivedType(typeof(AssignedStep), "assigned")]
[JsonDerivedType(typeof(MessageStep), "message")]
[JsonDerivedType(typeof(NoteStep), "note")]
[JsonDerivedType(typeof(PendingStep), "pending")]
[JsonDerivedType(typeof(EndedStep), "ended")]
[JsonDerivedType(typeof(ResolvedStep), "resolved")]
[JsonDerivedType(typeof(CustomerLeftStep), "customer-left")]
[JsonDerivedType(typeof(RatedStep), "rated")]
[JsonDerivedType(typeof(ReadStep), "read")]
[JsonDerivedType(typeof(OfferedStep), "offered")]
[JsonDerivedType(typeof(OfferDeclinedStep), "offer-declined")]
[JsonDerivedType(typeof(LabeledStep), "labeled")]
[JsonDerivedType(typeof(UnlabeledStep), "unlabeled")]
[JsonDerivedType(typeof(MovedToQueueStep), "moved-to-queue")]
[JsonDerivedType(typeof(TransferredStep), "transferred")]
[JsonDerivedType(typeof(CustomerLinkedStep), "customer-linked")]
[JsonDerivedType(typeof(TransferOfferedStep), "transfer-offered")]
[JsonDerivedType(typeof(TransferAcceptedStep), "transfer-accepted")]
[JsonDerivedType(typeof(TransferDeclinedStep), "transfer-declined")]
[JsonDerivedType(typeof(WrapUpRecordedStep), "wrap-up")]
[JsonDerivedType(typeof(WrapUpFinishedStep), "wrap-up-finished")]
[JsonDerivedType(typeof(ConferenceInvitedStep), "conference-invited")]
[JsonDerivedType(typeof(GuestJoinedStep), "guest-joined")]
[JsonDerivedType(typeof(ConferenceDeclinedStep), "conference-declined")]
[JsonDerivedType(typeof(ParticipantLeftStep), "participant-left")]
[JsonDerivedType(typeof(HiddenStep), "hidden")]
public abstract record StepPayload;

/// <summary>The conversation began and waits in a queue.</summary>
public sealed record StartedStep : StepPayload;

/// <summary>An agent took the conversation, from the queue or by accepting an offer.</summary>
/// <param name="AgentId">The agent (staff only; null for the customer).</param>
/// <param name="AgentName">The agent's name.</param>
public sealed record AssignedStep(Guid? AgentId, string AgentName) : StepPayload;

/// <summary>A chat message.</summary>
/// <param name="Message">The message.</param>
public sealed record MessageStep(MessageDto Message) : StepPayload;

/// <summary>A private note (staff only).</summary>
/// <param name="Note">The note, shaped as a message.</param>
public sealed record NoteStep(MessageDto Note) : StepPayload;

/// <summary>Waiting on the customer.</summary>
/// <param name="ByName">Who set it.</param>
public sealed record PendingStep(string ByName) : StepPayload;

/// <summary>Staff ended the conversation; wrap-up follows.</summary>
/// <param name="ByName">Who ended it.</param>
public sealed record EndedStep(string ByName) : StepPayload;

/// <summary>The conversation was resolved.</summary>
/// <param name="ByName">Who resolved it.</param>
public sealed record ResolvedStep(string ByName) : StepPayload;

/// <summary>The customer left.</summary>
public sealed record CustomerLeftStep : StepPayload;

/// <summary>The customer rated the conversation.</summary>
/// <param name="Rating">From 1 to 5.</param>
public sealed record RatedStep(int Rating) : StepPayload;

/// <summary>Someone read up to a message.</summary>
/// <param name="ReaderKind">The customer or staff.</param>
/// <param name="ReaderName">Who read.</param>
/// <param name="UpToMessageId">The last message read.</param>
/// <param name="ReaderId">The staff member who read (staff only; null for the customer and for customer reads).</param>
public sealed record ReadStep(AuthorKindDto ReaderKind, string ReaderName, Guid UpToMessageId, Guid? ReaderId) : StepPayload;

/// <summary>The router offered the conversation to an agent (staff only).</summary>
/// <param name="AgentId">The agent offered to.</param>
/// <param name="AgentName">Their name.</param>
/// <param name="Until">When the offer runs out.</param>
public sealed record OfferedStep(Guid AgentId, string AgentName, DateTimeOffset Until) : StepPayload;

/// <summary>An offer was rejected or ran out; the conversation waits again (staff only).</summary>
/// <param name="AgentId">The agent it was offered to.</param>
/// <param name="Reason">"rejected" or "expired".</param>
public sealed record OfferDeclinedStep(Guid AgentId, string Reason) : StepPayload;

/// <summary>Staff put a label on the conversation (staff only).</summary>
/// <param name="LabelId">The label.</param>
/// <param name="ByName">Who labeled it.</param>
public sealed record LabeledStep(string LabelId, string ByName) : StepPayload;

/// <summary>Staff took a label off (staff only).</summary>
/// <param name="LabelId">The label.</param>
/// <param name="ByName">Who took it off.</param>
public sealed record UnlabeledStep(string LabelId, string ByName) : StepPayload;

/// <summary>The conversation moved to another queue while it waited.</summary>
/// <param name="FromQueueId">The queue it left.</param>
/// <param name="ToQueueId">The queue it waits in now.</param>
/// <param name="Reason">Why ("max-wait": its queue's maximum wait passed).</param>
public sealed record MovedToQueueStep(string FromQueueId, string ToQueueId, string Reason) : StepPayload;

/// <summary>Staff handed the conversation to another queue; it waits there for its next agent.</summary>
/// <param name="FromQueueId">The queue it left.</param>
/// <param name="ToQueueId">The queue it waits in now.</param>
/// <param name="ByName">Who transferred it.</param>
/// <param name="Note">What they wrote for the next agent (staff only; null for the customer).</param>
public sealed record TransferredStep(string FromQueueId, string ToQueueId, string ByName, string? Note) : StepPayload;

/// <summary>Staff linked the conversation to another customer profile (staff only).</summary>
/// <param name="CustomerId">The profile it belongs to now.</param>
/// <param name="ById">Who linked it.</param>
/// <param name="ByName">Their name.</param>
public sealed record CustomerLinkedStep(Guid CustomerId, Guid? ById, string ByName) : StepPayload;

/// <summary>The conversation is offered to a named agent; its owner keeps it until they accept (staff only).</summary>
/// <param name="FromAgentId">The owner who hands it on.</param>
/// <param name="ToAgentId">The agent it is offered to.</param>
/// <param name="ToAgentName">Their name.</param>
/// <param name="ToQueueId">The queue it moves to when accepted.</param>
/// <param name="ByName">Who sent the transfer (the owner, or a supervisor).</param>
/// <param name="Note">What they wrote for the next agent.</param>
/// <param name="ExpiresAt">When the offer runs out (the queue's offer timeout).</param>
public sealed record TransferOfferedStep(Guid FromAgentId, Guid ToAgentId, string ToAgentName, string ToQueueId, string ByName, string? Note, DateTimeOffset ExpiresAt) : StepPayload;

/// <summary>The named agent accepted the transfer and owns the conversation now.</summary>
/// <param name="ToAgentId">The new owner (staff only; null for the customer).</param>
/// <param name="ToAgentName">Their name: the customer is told who they talk to now.</param>
/// <param name="FromQueueId">The queue it was in.</param>
/// <param name="ToQueueId">The queue it is in now.</param>
public sealed record TransferAcceptedStep(Guid? ToAgentId, string ToAgentName, string FromQueueId, string ToQueueId) : StepPayload;

/// <summary>A transfer to a named agent ended without a new owner (staff only).</summary>
/// <param name="ToAgentId">The agent it was offered to.</param>
/// <param name="Reason">"rejected", "expired", or "ended" (the chat ended or changed hands first).</param>
public sealed record TransferDeclinedStep(Guid ToAgentId, string Reason) : StepPayload;

/// <summary>The owner recorded a wrap-up (staff only).</summary>
/// <param name="ReasonCodeId">The wrap-up code chosen, if any.</param>
/// <param name="ReasonName">Its name as it was then.</param>
/// <param name="Note">The free note, if any.</param>
/// <param name="ByName">Who recorded it.</param>
public sealed record WrapUpRecordedStep(string? ReasonCodeId, string? ReasonName, string? Note, string ByName) : StepPayload;

/// <summary>The wrap-up after the end is over and the conversation closed (staff only).</summary>
/// <param name="AgentId">The owner, whose seat is free now.</param>
/// <param name="Reason">"finished" by the owner, or "timed-out" (the queue's wrap-up time ran out).</param>
public sealed record WrapUpFinishedStep(Guid AgentId, string Reason) : StepPayload;

/// <summary>The owner invited an agent to join as a guest (staff only).</summary>
/// <param name="ToAgentId">The agent invited.</param>
/// <param name="ToAgentName">Their name.</param>
/// <param name="ByName">Who invited them (the owner).</param>
/// <param name="ExpiresAt">When the invitation runs out.</param>
public sealed record ConferenceInvitedStep(Guid ToAgentId, string ToAgentName, string ByName, DateTimeOffset ExpiresAt) : StepPayload;

/// <summary>An invited agent joined as a guest; the customer is told who joined.</summary>
/// <param name="AgentId">The guest (staff only; null for the customer).</param>
/// <param name="AgentName">Their name.</param>
public sealed record GuestJoinedStep(Guid? AgentId, string AgentName) : StepPayload;

/// <summary>An invitation ended without a guest (staff only).</summary>
/// <param name="ToAgentId">The agent it was for.</param>
/// <param name="Reason">"rejected", or "ended" (the chat ended or went back to its queue first).</param>
public sealed record ConferenceDeclinedStep(Guid ToAgentId, string Reason) : StepPayload;

/// <summary>A participant left; an owner's leaving hands the chat to a guest or puts it back in the queue.</summary>
/// <param name="AgentId">Who left (staff only; null for the customer).</param>
/// <param name="AgentName">Their name.</param>
/// <param name="WasOwner">They owned it.</param>
/// <param name="NewOwnerId">The guest who owns it now (staff only; null for the customer), if any.</param>
/// <param name="NewOwnerName">Their name: the customer is told who they talk to now.</param>
/// <param name="Requeued">It waits in its queue again.</param>
public sealed record ParticipantLeftStep(Guid? AgentId, string AgentName, bool WasOwner, Guid? NewOwnerId, string? NewOwnerName, bool Requeued) : StepPayload;

/// <summary>A step this recipient may not see; it still takes its version, so versions stay contiguous.</summary>
public sealed record HiddenStep : StepPayload;
