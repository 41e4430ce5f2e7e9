using ContactCenter.Contracts.Conversations;
using ContactCenter.Domain.Access;
using ContactCenter.Domain.Common;
using ContactCenter.Domain.Conversations;
using ContactCenter.Domain.Queues;
using ContactCenter.Server.Features.Conversations.Handling;
using ContactCenter.Server.Features.Shared;
using Marten;

namespace ContactCenter.Server.Features.Conversations.Transferring;

public sealed record TransferRequest(Guid ConversationId, string QueueId, string? Note);

/// <summary>
/// Staff hand a conversation they may follow to another queue of its channel, with a note for the
/// next agent. The owner may; so may staff who may assign any conversation (supervisors).
/// </summary>
public sealed class TransferConversationHandler(IDocumentStore store, ConversationHandler handler, TimeProvider clock)
{
    public static readonly RuleViolation UnknownQueue = RuleViolation.NotFound("unknown-queue", "There is no such queue.");
    public static readonly RuleViolation OtherChannel = RuleViolation.Invalid("other-channel", "That queue serves another channel; choose a queue of this conversation's channel.");

    public async Task<Outcome<CommandAck>> ExecuteAsync(AccessGrant caller, TransferRequest request, CancellationToken cancellationToken)
    {
        await using (var session = store.QuerySession())
        {
            var conversation = await session.FollowableAsync(caller, request.ConversationId, cancellationToken);
            if (conversation.Error is { } refusal)
            {
                return refusal;
            }

            var queue = await session.LoadAsync<Queue>(request.QueueId, cancellationToken);
            if (queue is null)
            {
                return UnknownQueue;
            }

            if (queue.ChannelId != conversation.Value!.ChannelId)
            {
                return OtherChannel;
            }
        }

        var command = new TransferToQueue(
            request.ConversationId, request.QueueId, request.Note, caller.AsAuthor(), clock.GetUtcNow(), caller.Has(Permissions.ConversationsAssignAny));
        return await handler.ExecuteAsync(command, cancellationToken, caller).AckAsync(request.ConversationId);
    }
}
