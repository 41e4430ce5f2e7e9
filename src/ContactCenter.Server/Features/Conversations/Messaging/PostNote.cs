using ContactCenter.Contracts.Conversations;
using ContactCenter.Domain.Access;
using ContactCenter.Domain.Conversations;
using ContactCenter.Server.Features.Conversations.Handling;
using ContactCenter.Server.Features.Shared;

namespace ContactCenter.Server.Features.Conversations.Messaging;

/// <summary>A private note with the author's own id: staff see it, customers never do.</summary>
public sealed record PostNoteRequest(Guid ConversationId, Guid NoteId, string Text);

/// <summary>Staff note into a conversation they may follow (the handler checks it on the state it decides on).</summary>
public sealed class PostNoteHandler(ConversationHandler handler, TimeProvider clock)
{
    public Task<Outcome<CommandAck>> ExecuteAsync(AccessGrant caller, PostNoteRequest request, CancellationToken cancellationToken) =>
        handler.ExecuteAsync(new PostPrivateNote(request.ConversationId, request.NoteId, caller.AsAuthor(), request.Text, clock.GetUtcNow()), cancellationToken, caller)
            .AckAsync(request.ConversationId);
}
