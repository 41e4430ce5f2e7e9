using ContactCenter.Contracts.Queues;
using ContactCenter.Domain.Access;
using ContactCenter.Domain.Agents;
using ContactCenter.Domain.Conversations;
using ContactCenter.Domain.Queues;
using ContactCenter.Domain.Routing;
using ContactCenter.Domain.Teams;
using ContactCenter.Server.Features.Conversations.Handling;
using ContactCenter.Server.Features.Shared;
using Marten;

namespace ContactCenter.Server.Features.Conversations.Transferring;

/// <summary>
/// The members of a queue a conversation may be transferred to, present now (offline members could
/// not answer), with their state and free seats on its channel; its owner is left out.
/// </summary>
public sealed class ListTransferAgentsHandler(IDocumentStore store)
{
    public async Task<Outcome<IReadOnlyList<TransferAgentDto>>> ExecuteAsync(AccessGrant caller, Guid conversationId, string queueId, CancellationToken cancellationToken)
    {
        await using var session = store.QuerySession();
        var conversation = await session.FollowableAsync(caller, conversationId, cancellationToken);
        if (conversation.Error is { } refusal)
        {
            return refusal;
        }

        var queue = await session.LoadAsync<Queue>(queueId, cancellationToken);
        if (queue is null || queue.ChannelId != conversation.Value!.ChannelId)
        {
            return queue is null ? TransferConversationHandler.UnknownQueue : TransferConversationHandler.OtherChannel;
        }

        var members = await MembersAsync(session, queue, cancellationToken);
        var present = (await session.LoadManyAsync<AgentPresence>(cancellationToken, members.Keys))
            .Where(p => p.State != GlobalState.Offline && p.AgentId != conversation.Value.AgentId).ToList();
        var kind = (await session.LoadAsync<Channel>(queue.ChannelId, cancellationToken))?.Kind ?? ChannelKind.Chat;
        var ids = present.Select(p => p.AgentId).ToArray();
        var held = await session.Query<ConversationHistory>()
            .Where(c => (c.AgentId != null && ids.Contains(c.AgentId.Value) && (c.Status == ConversationStatus.Active || c.Status == ConversationStatus.Pending))
                || (c.OfferedTo != null && ids.Contains(c.OfferedTo.Value) && c.Status == ConversationStatus.Offered)
                || (c.TransferTo != null && ids.Contains(c.TransferTo.Value)))
            .ToListAsync(cancellationToken);

        // Counted over all queues of the channel, as the router counts: a seat is a seat wherever it is taken.
        int Free(AgentPresence p) => Math.Max(0, (p.Channels.TryGetValue(kind, out var channel) ? channel.Capacity : 0)
            - held.Count(c => c.AgentId == p.AgentId && c.Status != ConversationStatus.Offered) - held.Count(c => c.OfferedTo == p.AgentId || c.TransferTo == p.AgentId));
        return Outcome.Of<IReadOnlyList<TransferAgentDto>>([.. present
            .Select(p => new TransferAgentDto(p.AgentId, members[p.AgentId], p.State.ToString(), Free(p)))
            .OrderByDescending(a => a.State == nameof(GlobalState.Ready)).ThenBy(a => a.DisplayName, StringComparer.CurrentCulture)]);
    }

    /// <summary>The queue's members who may sign in, by id, with their display names.</summary>
    public static async Task<Dictionary<Guid, string>> MembersAsync(IQuerySession session, Queue queue, CancellationToken cancellationToken)
    {
        var teams = await session.Query<Team>().ToListAsync(cancellationToken);
        var queues = await session.Query<Queue>().ToListAsync(cancellationToken);
        var users = await session.Query<StaffUser>().Where(u => !u.Disabled).ToListAsync(cancellationToken);
        return users.Where(u => QueueMembership.QueuesOf(u, teams, queues).Contains(queue.Id)).ToDictionary(u => u.Id, u => u.DisplayName);
    }
}
