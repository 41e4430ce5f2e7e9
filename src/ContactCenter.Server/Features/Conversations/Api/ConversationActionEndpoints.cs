using ContactCenter.Domain.Access;
using ContactCenter.Domain.Conversations;
using ContactCenter.Server.Features.Access.Authorization;
using ContactCenter.Server.Features.Access.Grants;
using ContactCenter.Server.Features.Conversations.Handling;

namespace ContactCenter.Server.Features.Conversations.Api;

/// <summary>
/// The agent hub's note, read and end over REST, with the hub's rules: the permission, then the
/// conversation access rule inside the handler (<see cref="ConversationAccess"/>).
/// </summary>
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
        return conversations;
    }

    private static Task<IResult> NoteAsync(Guid id, NoteRequest request, RequestGrant current, ConversationHandler handler, TimeProvider clock, CancellationToken cancellationToken) =>
        RunAsync(current.Required, handler, new PostPrivateNote(id, request.NoteId ?? Guid.CreateVersion7(), Me(current.Required), request.Text ?? "", clock.GetUtcNow()), cancellationToken);

    private static Task<IResult> ReadUpToAsync(Guid id, ReadRequest request, RequestGrant current, ConversationHandler handler, TimeProvider clock, CancellationToken cancellationToken) =>
        RunAsync(current.Required, handler, new MarkRead(id, Me(current.Required), request.UpToMessageId, clock.GetUtcNow()), cancellationToken);

    private static Task<IResult> EndAsync(Guid id, RequestGrant current, ConversationHandler handler, TimeProvider clock, CancellationToken cancellationToken) =>
        RunAsync(current.Required, handler, new EndConversation(id, Me(current.Required), clock.GetUtcNow(), current.Required.Has(Permissions.ConversationsEndSubscribed)), cancellationToken);

    private static async Task<IResult> RunAsync(AccessGrant grant, ConversationHandler handler, ConversationCommand command, CancellationToken cancellationToken) =>
        ConversationEndpoints.Answer(command.ConversationId, await handler.ExecuteAsync(command, cancellationToken, grant));

    private static Author Me(AccessGrant grant) => new(AuthorKind.Agent, grant.UserId, grant.DisplayName);
}

/// <summary>A private note over REST.</summary>
public sealed record NoteRequest(string? Text, Guid? NoteId);

/// <summary>The last customer message read.</summary>
public sealed record ReadRequest(Guid UpToMessageId);
