using ContactCenter.Contracts.Conversations;
using ContactCenter.Domain.Access;
using ContactCenter.Domain.Agents;
using ContactCenter.Domain.Routing;
using ContactCenter.Domain.Conversations;
using ContactCenter.Domain.Queues;
using ContactCenter.Server.Features.Conversations.Handling;
using ContactCenter.Server.Features.Conversations.Transferring;
using ContactCenter.Server.Features.Shared;
using Marten;

namespace ContactCenter.Server.Features.Conversations.Conferencing;

public sealed record InviteRequest(Guid ConversationId, string QueueId, IReadOnlyList<Guid> AgentIds);

/// <summary>
/// The owner invites present members of a queue of the chat's channel (the transfer dialog's list)
/// to join as guests, each for that queue's offer timeout (docs/domain.md, "Conference").
/// </summary>
public sealed class InviteToConferenceHandler(IDocumentStore store, ConversationHandler handler, TimeProvider clock)
{
    public async Task<Outcome<CommandAck>> ExecuteAsync(AccessGrant caller, InviteRequest request, CancellationToken cancellationToken)
    {
        if (request.AgentIds.Count == 0)
        {
            return ConversationErrors.NoInvitees;
        }

        Queue? queue;
        Dictionary<Guid, string> members;
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

            // Before the presence check: the owner inviting themselves gets the reason that matters.
            if (request.AgentIds.Contains(conversation.Value.AgentId ?? Guid.Empty))
            {
                return ConversationErrors.OwnsItAlready;
            }

            members = await ListTransferAgentsHandler.MembersAsync(session, queue, cancellationToken);
            if (!request.AgentIds.All(members.ContainsKey))
            {
                return TransferToAgentHandler.NotAMember;
            }

            var present = (await session.LoadManyAsync<AgentPresence>(cancellationToken, request.AgentIds)).Where(p => p.State != GlobalState.Offline).Select(p => p.AgentId).ToHashSet();
            if (!request.AgentIds.All(present.Contains))
            {
                return TransferToAgentHandler.AgentAway;
            }
        }

        var now = clock.GetUtcNow();
        var invitees = request.AgentIds.Distinct().Select(a => new Invitee(a, members[a], Guid.CreateVersion7())).ToList();
        var command = new InviteToConference(request.ConversationId, invitees, now + queue.OfferTimeout, caller.AsAuthor(), now);
        return await handler.ExecuteAsync(command, cancellationToken, caller).AckAsync(request.ConversationId);
    }
}
