using ContactCenter.Contracts.Conversations;
using ContactCenter.Domain.Access;
using ContactCenter.Server.Features.Conversations.Chatting;
using ContactCenter.Server.Features.Conversations.Handling;
using ContactCenter.Server.Features.Shared;
using Marten;

namespace ContactCenter.Server.Features.Conversations.Typing;

public sealed record TypingRequest(Guid ConversationId, bool IsTyping);

/// <summary>
/// Whether the other side is told that someone types, and as whom: the agent who owns the
/// conversation (others who follow it type unseen), or the customer in their own chat. Nothing is
/// stored; the hub sends the answer without waiting on the other side's screen.
/// </summary>
public sealed class ShowTypingHandler(IDocumentStore store)
{
    /// <summary>Null when the agent follows the conversation without owning it.</summary>
    public async Task<Outcome<TypingDto?>> AsAgentAsync(AccessGrant caller, TypingRequest request, CancellationToken cancellationToken)
    {
        await using var session = store.QuerySession();
        return (await session.FollowableAsync(caller, request.ConversationId, cancellationToken))
            .Select(history => history.AgentId == caller.UserId ? new TypingDto(request.ConversationId, caller.DisplayName, request.IsTyping) : null);
    }

    public async Task<Outcome<TypingDto?>> AsCustomerAsync(Guid customerId, TypingRequest request, CancellationToken cancellationToken) =>
        (await store.OwnAsync(customerId, request.ConversationId, cancellationToken))
            .Select(me => (TypingDto?)new TypingDto(request.ConversationId, me.DisplayName, request.IsTyping));
}
