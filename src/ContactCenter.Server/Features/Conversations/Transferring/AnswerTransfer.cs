using ContactCenter.Contracts.Conversations;
using ContactCenter.Domain.Access;
using ContactCenter.Domain.Conversations;
using ContactCenter.Server.Features.Conversations.Following;
using ContactCenter.Server.Features.Conversations.Handling;
using ContactCenter.Server.Features.Shared;

namespace ContactCenter.Server.Features.Conversations.Transferring;

/// <summary>
/// The named agent's answer to a transfer. Accepted, the conversation is theirs and followed by the
/// answering connection; rejected, it stays with the sender, who is told why.
/// </summary>
public sealed class AnswerTransferHandler(ConversationHandler handler, TimeProvider clock)
{
    public Task<Outcome<CommandAck>> AcceptAsync(AccessGrant caller, Guid conversationId, IFollowingConnection? following, CancellationToken cancellationToken) =>
        following.WhileRunningAsync(conversationId, () => handler.ExecuteAsync(new AcceptTransfer(conversationId, caller.UserId, clock.GetUtcNow()), cancellationToken, caller));

    public Task<Outcome<CommandAck>> RejectAsync(AccessGrant caller, Guid conversationId, CancellationToken cancellationToken) =>
        handler.ExecuteAsync(new RejectTransfer(conversationId, caller.UserId, clock.GetUtcNow()), cancellationToken, caller).AckAsync(conversationId);
}
