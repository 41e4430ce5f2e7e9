using ContactCenter.Contracts.Conversations;
using ContactCenter.Domain.Access;
using ContactCenter.Domain.Conversations;
using ContactCenter.Server.Features.Conversations.Following;
using ContactCenter.Server.Features.Conversations.Handling;
using ContactCenter.Server.Features.Shared;

namespace ContactCenter.Server.Features.Conversations.Conferencing;

/// <summary>The invited agent's answer. Accepted, they are a guest and the answering connection follows the chat.</summary>
public sealed class AnswerInvitationHandler(ConversationHandler handler, TimeProvider clock)
{
    public Task<Outcome<CommandAck>> AcceptAsync(AccessGrant caller, Guid conversationId, IFollowingConnection? following, CancellationToken cancellationToken) =>
        following.WhileRunningAsync(conversationId, () => handler.ExecuteAsync(new AcceptInvitation(conversationId, caller.UserId, clock.GetUtcNow()), cancellationToken, caller));

    public Task<Outcome<CommandAck>> DeclineAsync(AccessGrant caller, Guid conversationId, CancellationToken cancellationToken) =>
        handler.ExecuteAsync(new DeclineInvitation(conversationId, caller.UserId, clock.GetUtcNow()), cancellationToken, caller).AckAsync(conversationId);
}
