using ContactCenter.Contracts.Conversations;
using ContactCenter.Domain.Access;
using ContactCenter.Domain.Agents;
using ContactCenter.Domain.Common;
using ContactCenter.Domain.Conversations;
using ContactCenter.Domain.Queues;
using ContactCenter.Domain.Routing;
using ContactCenter.Server.Features.Conversations.Handling;
using ContactCenter.Server.Features.Shared;
using Marten;

namespace ContactCenter.Server.Features.Conversations.Transferring;

public sealed record TransferToAgentRequest(Guid ConversationId, string QueueId, Guid AgentId, string? Note);

/// <summary>
/// Offers a conversation to a named, present member of a queue of its channel (its own queue too),
/// for the queue's offer timeout. The owner may; so may staff who may assign any conversation.
/// </summary>
public sealed class TransferToAgentHandler(IDocumentStore store, ConversationHandler handler, TimeProvider clock)
{
    public static readonly RuleViolation NotAMember = RuleViolation.Invalid("agent-not-in-queue", "That agent is not a member of that queue; choose one the list shows.");
    public static readonly RuleViolation AgentAway = RuleViolation.Conflict("agent-offline", "That agent is offline and cannot answer a transfer; choose someone present.");

    public async Task<Outcome<CommandAck>> ExecuteAsync(AccessGrant caller, TransferToAgentRequest request, CancellationToken cancellationToken)
    {
        Queue? queue;
        string? name;
        await using (var session = store.QuerySession())
        {
            var conversation = await session.FollowableAsync(caller, request.ConversationId, cancellationToken);
            if (conversation.Error is { } refusal)
            {
                return refusal;
            }

            queue = await session.LoadAsync<Queue>(request.QueueId, cancellationToken);
            if (queue is null || queue.ChannelId != conversation.Value!.ChannelId)
            {
                return queue is null ? TransferConversationHandler.UnknownQueue : TransferConversationHandler.OtherChannel;
            }

            // Before the presence check: an owner who is offline elsewhere still gets the reason that matters.
            if (request.AgentId == conversation.Value.AgentId)
            {
                return ConversationErrors.OwnsItAlready;
            }

            if (!(await ListTransferAgentsHandler.MembersAsync(session, queue, cancellationToken)).TryGetValue(request.AgentId, out name))
            {
                return NotAMember;
            }

            if (await session.LoadAsync<AgentPresence>(request.AgentId, cancellationToken) is not { State: not GlobalState.Offline })
            {
                return AgentAway;
            }
        }

        var now = clock.GetUtcNow();
        var command = new TransferToAgent(
            request.ConversationId, queue.Id, request.AgentId, name, Guid.CreateVersion7(), now + queue.OfferTimeout, request.Note, caller.AsAuthor(), now,
            caller.Has(Permissions.ConversationsAssignAny));
        return await handler.ExecuteAsync(command, cancellationToken, caller).AckAsync(request.ConversationId);
    }
}
