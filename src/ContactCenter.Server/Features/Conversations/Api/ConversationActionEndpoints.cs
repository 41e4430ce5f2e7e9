using ContactCenter.Domain.Access;
using ContactCenter.Server.Features.Access.Authorization;
using ContactCenter.Server.Features.Access.Grants;
using ContactCenter.Server.Features.Conversations.Messaging;
using ContactCenter.Server.Features.Conversations.Reading;
using ContactCenter.Server.Features.Conversations.Status;
using ContactCenter.Server.Features.Conversations.Transferring;
using ContactCenter.Server.Features.Conversations.WrappingUp;
using ContactCenter.Server.Features.Shared;

namespace ContactCenter.Server.Features.Conversations.Api;

/// <summary>The agent hub's note, read, end, transfer and wrap-up over REST: the permission here, the rest in the use case.</summary>
public static class ConversationActionEndpoints
{
    public static RouteGroupBuilder MapConversationActions(this RouteGroupBuilder conversations)
    {
        conversations.MapPost("/{id:guid}/notes", NoteAsync).RequirePermission(Permissions.ConversationsWrapUp)
            .WithSummary("Posts a private note (staff only). Send your own noteId to make retries harmless.");
        conversations.MapPost("/{id:guid}/read", ReadUpToAsync)
            .WithSummary("Marks the customer's messages read up to a message of this conversation.");
        conversations.MapPost("/{id:guid}/end", EndAsync).RequirePermission(Permissions.ConversationsStatusChange)
            .WithSummary("Ends the conversation: its owner, or a supervisor from the subscribed list. The customer is told.");
        conversations.MapPost("/{id:guid}/transfer", TransferAsync).RequirePermission(Permissions.ConversationsTransfer)
            .WithSummary("Hands the conversation to another queue of its channel, or with agentId offers it to that member of the queue, with a note for the next agent (never shown to the customer).");
        conversations.MapPost("/{id:guid}/transfer/accept", AcceptTransferAsync).RequirePermission(Permissions.ConversationsReply)
            .WithSummary("Accepts a transfer offered to the caller: the conversation is theirs.");
        conversations.MapPost("/{id:guid}/transfer/reject", RejectTransferAsync)
            .WithSummary("Rejects a transfer offered to the caller; it stays with its sender.");
        conversations.MapPost("/{id:guid}/wrap-up", WrapUpAsync).RequirePermission(Permissions.ConversationsWrapUp)
            .WithSummary("Records a wrap-up (a wrap-up code and/or a note) of a conversation the caller owns, during it or after its end. Send your own wrapUpId to make retries harmless.");
        conversations.MapPost("/{id:guid}/wrap-up/finish", FinishWrapUpAsync).RequirePermission(Permissions.ConversationsWrapUp)
            .WithSummary("Finishes the wrap-up of an ended conversation the caller owns: it closes and the caller's seat frees.");
        return conversations;
    }

    private static Task<IResult> WrapUpAsync(Guid id, WrapUpBody body, RequestGrant current, WrapUpHandler wrapUp, CancellationToken cancellationToken) =>
        wrapUp.RecordAsync(current.Required, new WrapUpRequest(id, body.WrapUpId ?? Guid.CreateVersion7(), body.ReasonCodeId, body.Note), cancellationToken).OkAsync();

    private static Task<IResult> FinishWrapUpAsync(Guid id, RequestGrant current, WrapUpHandler wrapUp, CancellationToken cancellationToken) =>
        wrapUp.FinishAsync(current.Required, id, cancellationToken).OkAsync();

    private static Task<IResult> NoteAsync(Guid id, NoteRequest request, RequestGrant current, PostNoteHandler note, CancellationToken cancellationToken) =>
        note.ExecuteAsync(current.Required, new PostNoteRequest(id, request.NoteId ?? Guid.CreateVersion7(), request.Text ?? ""), cancellationToken).OkAsync();

    private static Task<IResult> ReadUpToAsync(Guid id, ReadRequest request, RequestGrant current, MarkReadHandler read, CancellationToken cancellationToken) =>
        read.AsAgentAsync(current.Required, new MarkReadRequest(id, request.UpToMessageId), cancellationToken).OkAsync();

    private static Task<IResult> EndAsync(Guid id, RequestGrant current, ChangeStatusHandler status, CancellationToken cancellationToken) =>
        status.ExecuteAsync(current.Required, new ChangeStatusRequest(id, StatusChange.Ended), cancellationToken).OkAsync();

    private static Task<IResult> TransferAsync(
        Guid id, TransferBody body, RequestGrant current, TransferConversationHandler transfer, TransferToAgentHandler toAgent, CancellationToken cancellationToken) =>
        body.AgentId is { } agentId
            ? toAgent.ExecuteAsync(current.Required, new TransferToAgentRequest(id, body.QueueId ?? "", agentId, body.Note), cancellationToken).OkAsync()
            : transfer.ExecuteAsync(current.Required, new TransferRequest(id, body.QueueId ?? "", body.Note), cancellationToken).OkAsync();

    // Over REST nothing follows the conversation: the caller reads its steps as any integrator does.
    private static Task<IResult> AcceptTransferAsync(Guid id, RequestGrant current, AnswerTransferHandler answer, CancellationToken cancellationToken) =>
        answer.AcceptAsync(current.Required, id, following: null, cancellationToken).OkAsync();

    private static Task<IResult> RejectTransferAsync(Guid id, RequestGrant current, AnswerTransferHandler answer, CancellationToken cancellationToken) =>
        answer.RejectAsync(current.Required, id, cancellationToken).OkAsync();
}

/// <summary>A transfer over REST: the queue to hand the conversation to (with an agent: the agent's queue), and a note for the next agent.</summary>
public sealed record TransferBody(string? QueueId, string? Note, Guid? AgentId = null);

/// <summary>A wrap-up over REST: a wrap-up code and/or a note, and the caller's own id for retries.</summary>
public sealed record WrapUpBody(string? ReasonCodeId, string? Note, Guid? WrapUpId = null);

/// <summary>A private note over REST.</summary>
public sealed record NoteRequest(string? Text, Guid? NoteId);

/// <summary>The last customer message read.</summary>
public sealed record ReadRequest(Guid UpToMessageId);
