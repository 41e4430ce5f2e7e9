using ContactCenter.Contracts.Conversations;
using ContactCenter.Contracts.Customers;
using ContactCenter.Contracts.Desk;
using ContactCenter.Contracts.Queues;

namespace ContactCenter.Contracts.Realtime;

/// <summary>The agent hub's conversation methods: take from the queue, follow, chat, note, change status.</summary>
public partial interface IAgentHub
{
    /// <summary>Conversations waiting in the caller's queues, oldest first.</summary>
    /// <returns>The waiting conversations.</returns>
    Task<IReadOnlyList<ConversationSummaryDto>> GetWaiting();

    /// <summary>Takes a waiting conversation and follows it ("not-queue-member" outside one's queues).</summary>
    /// <param name="conversationId">The conversation.</param>
    /// <returns>The acknowledgement once stored.</returns>
    Task<CommandAck> Take(Guid conversationId);

    /// <summary>Accepts an offer the router made to the caller; the conversation is theirs and followed.</summary>
    /// <param name="conversationId">The offered conversation.</param>
    /// <returns>The acknowledgement once stored.</returns>
    Task<CommandAck> AcceptOffer(Guid conversationId);

    /// <summary>Rejects an offer: the conversation goes back to its queue, ahead of newer ones, for someone else.</summary>
    /// <param name="conversationId">The offered conversation.</param>
    /// <returns>The acknowledgement once stored.</returns>
    Task<CommandAck> RejectOffer(Guid conversationId);

    /// <summary>Follows a conversation the caller may see and returns its steps after a version (0 for all).</summary>
    /// <param name="conversationId">The conversation.</param>
    /// <param name="afterVersion">The last version the caller has applied.</param>
    /// <returns>The later steps, in version order, as staff see them.</returns>
    Task<IReadOnlyList<ConversationEventDto>> GetEventsSince(Guid conversationId, long afterVersion);

    /// <summary>Canned responses for the compose box's "/" shortcut.</summary>
    /// <param name="shortcut">The start of a shortcut.</param>
    /// <returns>The matching responses.</returns>
    Task<IReadOnlyList<CannedResponseDto>> FindCannedResponses(string shortcut);

    /// <summary>Sends a message to the customer. Retrying with the same <paramref name="messageId"/> stores it once.</summary>
    /// <param name="conversationId">The conversation.</param>
    /// <param name="messageId">The message's id, made once by the caller: the idempotency key.</param>
    /// <param name="text">The text.</param>
    /// <returns>The acknowledgement once stored (the original one on a retry).</returns>
    Task<CommandAck> SendMessage(Guid conversationId, Guid messageId, string text);

    /// <summary>Adds a private note, never shown to the customer. Retrying with the same <paramref name="noteId"/> stores it once.</summary>
    /// <param name="conversationId">The conversation.</param>
    /// <param name="noteId">The note's id, made once by the caller: the idempotency key.</param>
    /// <param name="text">The text.</param>
    /// <returns>The acknowledgement once stored.</returns>
    Task<CommandAck> PostNote(Guid conversationId, Guid noteId, string text);

    /// <summary>
    /// Records a wrap-up of a conversation the caller owns, during it or after its end: a code of
    /// <see cref="GetWrapUpCodes"/> and/or a note (staff only). Retrying with the same <paramref name="wrapUpId"/> stores it once.
    /// </summary>
    /// <param name="conversationId">The conversation.</param>
    /// <param name="wrapUpId">The wrap-up's id, made once by the caller: the idempotency key.</param>
    /// <param name="reasonCodeId">A wrap-up code, or null; otherwise "unknown-wrap-up-code".</param>
    /// <param name="note">A free note of at most 1000 characters, or null; one of the two is needed ("wrap-up-empty").</param>
    /// <returns>The acknowledgement once stored.</returns>
    Task<CommandAck> RecordWrapUp(Guid conversationId, Guid wrapUpId, string? reasonCodeId, string? note);

    /// <summary>Finishes the wrap-up of an ended conversation the caller owns: it closes, and the caller's seat frees.</summary>
    /// <param name="conversationId">The conversation; before its end the answer is "not-in-wrap-up".</param>
    /// <returns>The acknowledgement once stored.</returns>
    Task<CommandAck> FinishWrapUp(Guid conversationId);

    /// <summary>
    /// Invites present members of a queue of the chat's channel (see <see cref="GetTransferAgents"/>)
    /// to join as guests; the caller must own it. Each gets an invitation for the queue's offer timeout.
    /// </summary>
    /// <param name="conversationId">The conversation.</param>
    /// <param name="queueId">The queue the agents are members of.</param>
    /// <param name="agentIds">The agents; those already in it or already invited are left out.</param>
    /// <returns>The acknowledgement once stored.</returns>
    Task<CommandAck> InviteToConference(Guid conversationId, string queueId, IReadOnlyList<Guid> agentIds);

    /// <summary>Accepts an invitation to the caller: they join as a guest and this connection follows the chat.</summary>
    /// <param name="conversationId">The conversation; "no-invitation" or "invitation-expired" when it is not open.</param>
    /// <returns>The acknowledgement once stored.</returns>
    Task<CommandAck> AcceptInvitation(Guid conversationId);

    /// <summary>Declines an invitation to the caller.</summary>
    /// <param name="conversationId">The conversation.</param>
    /// <returns>The acknowledgement once stored.</returns>
    Task<CommandAck> DeclineInvitation(Guid conversationId);

    /// <summary>
    /// Leaves a conversation: a guest goes; the owner hands it to the longest-present guest, or it
    /// waits in its queue again (the queue's setting, or no guest left).
    /// </summary>
    /// <param name="conversationId">The conversation; "not-in-conversation" when the caller is not in it.</param>
    /// <returns>The acknowledgement once stored.</returns>
    Task<CommandAck> Leave(Guid conversationId);

    /// <summary>The wrap-up codes an admin has set up.</summary>
    /// <returns>The codes, by name.</returns>
    Task<IReadOnlyList<ReasonCodeDto>> GetWrapUpCodes();

    /// <summary>Tells the customer the agent types, or stopped (only the conversation's agent is passed on).</summary>
    /// <param name="conversationId">The conversation.</param>
    /// <param name="isTyping">Whether the agent types.</param>
    /// <returns>Done once checked; the push to the customer is not awaited.</returns>
    Task Typing(Guid conversationId, bool isTyping);

    /// <summary>Waits on the customer: the status is pending until they answer.</summary>
    /// <param name="conversationId">The conversation.</param>
    /// <returns>The acknowledgement once stored.</returns>
    Task<CommandAck> SetPending(Guid conversationId);

    /// <summary>Marks the conversation resolved.</summary>
    /// <param name="conversationId">The conversation.</param>
    /// <returns>The acknowledgement once stored.</returns>
    Task<CommandAck> Resolve(Guid conversationId);

    /// <summary>Ends the conversation (its owner, or a supervisor without joining); the customer may then rate it.</summary>
    /// <param name="conversationId">The conversation.</param>
    /// <returns>The acknowledgement once stored.</returns>
    Task<CommandAck> End(Guid conversationId);

    /// <summary>
    /// Hands the conversation to another queue of its channel, with a note for the next agent; it
    /// waits there ahead of chats that started after it. The owner may, and supervisors.
    /// </summary>
    /// <param name="conversationId">The conversation.</param>
    /// <param name="queueId">The queue to hand it to (see <see cref="GetTransferQueues"/>).</param>
    /// <param name="note">For the next agent; never shown to the customer. At most 500 characters.</param>
    /// <returns>The acknowledgement once stored.</returns>
    Task<CommandAck> TransferToQueue(Guid conversationId, string queueId, string? note);

    /// <summary>The queues the conversation may be transferred to: the other queues of its channel.</summary>
    /// <param name="conversationId">The conversation.</param>
    /// <returns>The queues, by name.</returns>
    Task<IReadOnlyList<QueueSummary>> GetTransferQueues(Guid conversationId);

    /// <summary>
    /// Offers the conversation to a named member of a queue of its channel (its own queue too) for
    /// the queue's offer timeout; the caller stays the owner until they accept. The owner may, and supervisors.
    /// </summary>
    /// <param name="conversationId">The conversation.</param>
    /// <param name="queueId">The queue the agent is a member of; the conversation moves there when accepted.</param>
    /// <param name="agentId">The agent (see <see cref="GetTransferAgents"/>).</param>
    /// <param name="note">For the agent; never shown to the customer. At most 500 characters.</param>
    /// <returns>The acknowledgement once stored.</returns>
    Task<CommandAck> TransferToAgent(Guid conversationId, string queueId, Guid agentId, string? note);

    /// <summary>The present members of a queue the conversation may be transferred to, with their state and free capacity.</summary>
    /// <param name="conversationId">The conversation.</param>
    /// <param name="queueId">The queue.</param>
    /// <returns>The agents, ready ones first.</returns>
    Task<IReadOnlyList<TransferAgentDto>> GetTransferAgents(Guid conversationId, string queueId);

    /// <summary>Accepts a transfer offered to the caller: the conversation is theirs and followed.</summary>
    /// <param name="conversationId">The conversation.</param>
    /// <returns>The acknowledgement once stored.</returns>
    Task<CommandAck> AcceptTransfer(Guid conversationId);

    /// <summary>Rejects a transfer offered to the caller; it stays with its sender.</summary>
    /// <param name="conversationId">The conversation.</param>
    /// <returns>The acknowledgement once stored.</returns>
    Task<CommandAck> RejectTransfer(Guid conversationId);

    /// <summary>Tells everyone in the conversation the caller has read up to a message.</summary>
    /// <param name="conversationId">The conversation.</param>
    /// <param name="upToMessageId">The last message read.</param>
    /// <returns>The acknowledgement once stored.</returns>
    Task<CommandAck> MarkRead(Guid conversationId, Guid upToMessageId);
}
