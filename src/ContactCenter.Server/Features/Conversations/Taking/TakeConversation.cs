using ContactCenter.Contracts.Conversations;
using ContactCenter.Domain.Access;
using ContactCenter.Domain.Common;
using ContactCenter.Domain.Conversations;
using ContactCenter.Server.Features.Conversations.Following;
using ContactCenter.Server.Features.Conversations.Handling;
using ContactCenter.Server.Features.Shared;
using Marten;

namespace ContactCenter.Server.Features.Conversations.Taking;

public sealed record TakeRequest(Guid ConversationId);

/// <summary>
/// An agent takes a waiting conversation and follows it: until the router offers chats, this is how
/// an agent answers. Taking has its own rule, wider than following: members of the conversation's
/// queue, or those who may assign any conversation (senior agents).
/// </summary>
public sealed class TakeConversationHandler(IDocumentStore store, ConversationHandler handler, TimeProvider clock)
{
    public static RuleViolation NotQueueMember(string queueId) =>
        RuleViolation.Forbidden("not-queue-member", $"You are not a member of the queue '{queueId}'.");

    public async Task<Outcome<CommandAck>> ExecuteAsync(AccessGrant caller, TakeRequest request, IFollowingConnection? following, CancellationToken cancellationToken)
    {
        var id = request.ConversationId;
        await using (var session = store.QuerySession())
        {
            var history = await session.LoadAsync<ConversationHistory>(id, cancellationToken);
            if (history is null)
            {
                return ConversationErrors.NotStarted;
            }

            if (!caller.CanTake(history))
            {
                return NotQueueMember(history.QueueId);
            }
        }

        // Without the follow rule: the rule of taking was checked just above.
        var command = new AssignConversation(id, caller.UserId, caller.DisplayName, caller.AsAuthor(), clock.GetUtcNow());
        return await following.WhileRunningAsync(id, () => handler.ExecuteAsync(command, cancellationToken));
    }
}
