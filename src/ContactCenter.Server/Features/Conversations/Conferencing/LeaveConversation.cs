using ContactCenter.Contracts.Conversations;
using ContactCenter.Domain.Access;
using ContactCenter.Domain.Conversations;
using ContactCenter.Domain.Queues;
using ContactCenter.Server.Features.Conversations.Handling;
using ContactCenter.Server.Features.Shared;
using Marten;

namespace ContactCenter.Server.Features.Conversations.Conferencing;

/// <summary>
/// A participant leaves: a guest goes; the owner hands the chat to the longest-present guest, or it
/// waits in its queue again when the queue says so or no guest remains (docs/domain.md, "Conference").
/// </summary>
public sealed class LeaveConversationHandler(IDocumentStore store, ConversationHandler handler, TimeProvider clock)
{
    public async Task<Outcome<CommandAck>> ExecuteAsync(AccessGrant caller, Guid conversationId, CancellationToken cancellationToken)
    {
        bool requeue;
        await using (var session = store.QuerySession())
        {
            var conversation = await session.FollowableAsync(caller, conversationId, cancellationToken);
            if (conversation.Error is { } refusal)
            {
                return refusal;
            }

            requeue = await session.LoadAsync<Queue>(conversation.Value!.QueueId, cancellationToken) is { OwnerLeaves: OwnerLeaves.Requeue };
        }

        return await handler.ExecuteAsync(new LeaveConversation(conversationId, caller.AsAuthor(), clock.GetUtcNow(), requeue), cancellationToken, caller).AckAsync(conversationId);
    }
}
