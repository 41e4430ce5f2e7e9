using ContactCenter.Contracts.Conversations;
using ContactCenter.Domain.Access;
using ContactCenter.Server.Features.Conversations.Chatting;
using ContactCenter.Server.Features.Conversations.Handling;
using ContactCenter.Server.Features.Shared;
using Marten;

namespace ContactCenter.Server.Features.Conversations.Following;

/// <summary>A conversation's steps after a version, for a screen opening it or catching up after a gap.</summary>
public sealed record StepsRequest(Guid ConversationId, long AfterVersion);

/// <summary>
/// A conversation's steps as each side sees them (private notes never reach customers). Staff read a conversation they may follow (their queues, their own, any for supervisors); a hub
/// connection follows it from then on, before the read, so that no step falls between the two.
/// </summary>
public sealed class FollowConversationHandler(IDocumentStore store)
{
    public async Task<Outcome<IReadOnlyList<ConversationEventDto>>> AsStaffAsync(
        AccessGrant caller, StepsRequest request, IFollowingConnection? following, CancellationToken cancellationToken)
    {
        await using var session = store.QuerySession();
        if ((await session.FollowableAsync(caller, request.ConversationId, cancellationToken)).Error is { } refusal)
        {
            return refusal;
        }

        if (following is not null)
        {
            await following.FollowAsync(request.ConversationId);
        }

        return await StepsAsync(session, request, Audience.Staff, cancellationToken);
    }

    /// <summary>For a fresh widget (after version 0) and after a reconnect; the customer's connection follows their chats from its start.</summary>
    public async Task<Outcome<IReadOnlyList<ConversationEventDto>>> AsCustomerAsync(Guid customerId, StepsRequest request, CancellationToken cancellationToken)
    {
        if ((await store.OwnAsync(customerId, request.ConversationId, cancellationToken)).Error is { } refusal)
        {
            return refusal;
        }

        await using var session = store.QuerySession();
        return await StepsAsync(session, request, Audience.Customer, cancellationToken);
    }

    private static async Task<Outcome<IReadOnlyList<ConversationEventDto>>> StepsAsync(IQuerySession session, StepsRequest request, Audience audience, CancellationToken cancellationToken)
    {
        var (_, steps) = await session.ReadAsync(request.ConversationId, cancellationToken);
        return Outcome.Of<IReadOnlyList<ConversationEventDto>>(
            [.. steps.Where(s => s.Version > request.AfterVersion).Select(s => ConversationEventMapper.ToDto(request.ConversationId, s, audience))]);
    }
}
