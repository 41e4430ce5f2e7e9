using ContactCenter.Contracts.Conversations;
using ContactCenter.Domain.Access;
using ContactCenter.Domain.Conversations;
using ContactCenter.Server.Features.Conversations.Handling;
using ContactCenter.Server.Features.Shared;

namespace ContactCenter.Server.Features.Conversations.Status;

/// <summary>Where staff move a conversation: waiting for the customer, resolved, or ended.</summary>
public enum StatusChange
{
    Pending,
    Resolved,
    Ended,
}

public sealed record ChangeStatusRequest(Guid ConversationId, StatusChange Change);

/// <summary>
/// Staff change a conversation's status (the handler checks they may follow it). The owner ends it;
/// so do those with the subscribed list's right to end (supervisors), without joining.
/// </summary>
public sealed class ChangeStatusHandler(ConversationHandler handler, TimeProvider clock)
{
    public Task<Outcome<CommandAck>> ExecuteAsync(AccessGrant caller, ChangeStatusRequest request, CancellationToken cancellationToken)
    {
        var (id, me, now) = (request.ConversationId, caller.AsAuthor(), clock.GetUtcNow());
        ConversationCommand command = request.Change switch
        {
            StatusChange.Pending => new SetPending(id, me, now),
            StatusChange.Resolved => new ResolveConversation(id, me, now),
            StatusChange.Ended => new EndConversation(id, me, now, caller.Has(Permissions.ConversationsEndSubscribed)),
            _ => throw new ArgumentOutOfRangeException(nameof(request), request.Change, "A status change without a command."),
        };
        return handler.ExecuteAsync(command, cancellationToken, caller).AckAsync(id);
    }
}
