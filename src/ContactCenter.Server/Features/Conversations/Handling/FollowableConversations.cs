using ContactCenter.Domain.Access;
using ContactCenter.Domain.Conversations;
using ContactCenter.Server.Features.Shared;
using Marten;

namespace ContactCenter.Server.Features.Conversations.Handling;

/// <summary>
/// The conversation access rule (<see cref="ConversationAccess.CanFollow(AccessGrant, ConversationHistory)"/>)
/// for reads, shared by every use case that reads a conversation; commands get it inside <see cref="ConversationHandler"/>.
/// </summary>
public static class FollowableConversations
{
    /// <summary>The conversation, or not-found (404) when there is none and not-queue-member (403) when the caller may not follow it.</summary>
    public static async Task<Outcome<ConversationHistory>> FollowableAsync(this IQuerySession session, AccessGrant grant, Guid conversationId, CancellationToken cancellationToken)
    {
        var history = await session.LoadAsync<ConversationHistory>(conversationId, cancellationToken);
        return history is null ? ConversationErrors.NotStarted
            : grant.CanFollow(history) ? history
            : ConversationAccess.NotFollowable;
    }
}
