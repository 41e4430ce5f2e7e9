using ContactCenter.Contracts.Conversations;
using ContactCenter.Domain.Access;
using ContactCenter.Domain.Conversations;
using ContactCenter.Server.Features.Conversations.Following;
using ContactCenter.Server.Features.Conversations.Handling;
using ContactCenter.Server.Features.Shared;

namespace ContactCenter.Server.Features.Conversations.Offers;

/// <summary>
/// The agent's answer to an offer the router made them. Accepted, the conversation is theirs and
/// followed; rejected, it goes back to its queue, ahead of newer ones, for someone else.
/// </summary>
public sealed class AnswerOfferHandler(ConversationHandler handler, TimeProvider clock)
{
    public Task<Outcome<CommandAck>> AcceptAsync(AccessGrant caller, Guid conversationId, IFollowingConnection? following, CancellationToken cancellationToken) =>
        following.WhileRunningAsync(conversationId, () => handler.ExecuteAsync(new AcceptOffer(conversationId, caller.UserId, clock.GetUtcNow()), cancellationToken, caller));

    public Task<Outcome<CommandAck>> RejectAsync(AccessGrant caller, Guid conversationId, CancellationToken cancellationToken) =>
        handler.ExecuteAsync(new RejectOffer(conversationId, caller.UserId, clock.GetUtcNow()), cancellationToken, caller).AckAsync(conversationId);
}
