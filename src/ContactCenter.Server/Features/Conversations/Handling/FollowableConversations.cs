using ContactCenter.Domain.Access;
using ContactCenter.Domain.Common;
using ContactCenter.Domain.Conversations;
using Marten;

namespace ContactCenter.Server.Features.Conversations.Handling;

/// <summary>
/// The conversation access rule (<see cref="ConversationAccess.CanFollow(AccessGrant, ConversationHistory)"/>)
/// for reads, shared by the agent hub and the REST API; commands get it inside <see cref="ConversationHandler"/>.
/// </summary>
public static class FollowableConversations
{
    public sealed record Lookup(ConversationHistory? Conversation, RuleViolation? Refusal);

    public static async Task<Lookup> FollowableAsync(this IQuerySession session, AccessGrant grant, Guid conversationId, CancellationToken cancellationToken)
    {
        var history = await session.LoadAsync<ConversationHistory>(conversationId, cancellationToken);
        return history is null ? new Lookup(null, ConversationErrors.NotStarted)
            : grant.CanFollow(history) ? new Lookup(history, null)
            : new Lookup(null, ConversationAccess.NotFollowable);
    }

    /// <summary>The refusal as the API answers it: 404 for a conversation that does not exist, 403 otherwise.</summary>
    public static IResult Problem(RuleViolation refusal) => Results.Problem(
        statusCode: refusal == ConversationErrors.NotStarted ? StatusCodes.Status404NotFound : StatusCodes.Status403Forbidden,
        title: refusal == ConversationErrors.NotStarted ? "Not found" : "Not allowed", detail: refusal.Message,
        extensions: new Dictionary<string, object?> { ["code"] = refusal.Code });
}
