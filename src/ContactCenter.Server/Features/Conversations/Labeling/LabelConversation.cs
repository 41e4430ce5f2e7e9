using ContactCenter.Contracts.Conversations;
using ContactCenter.Domain.Access;
using ContactCenter.Domain.Common;
using ContactCenter.Domain.Conversations;
using ContactCenter.Server.Features.Conversations.Handling;
using ContactCenter.Server.Features.Shared;
using Marten;

namespace ContactCenter.Server.Features.Conversations.Labeling;

public sealed record LabelRequest(Guid ConversationId, string LabelId);

/// <summary>Staff put a label of the list on a conversation they may follow, or take one off.</summary>
public sealed class LabelConversationHandler(IDocumentStore store, ConversationHandler handler, TimeProvider clock)
{
    public async Task<Outcome<CommandAck>> AddAsync(AccessGrant caller, LabelRequest request, CancellationToken cancellationToken)
    {
        await using (var session = store.QuerySession())
        {
            if ((await session.FollowableAsync(caller, request.ConversationId, cancellationToken)).Error is { } refusal)
            {
                return refusal;
            }

            if (await session.LoadAsync<Label>(request.LabelId, cancellationToken) is null)
            {
                return RuleViolation.NotFound("unknown-label", $"There is no label '{request.LabelId}'; create it first.");
            }
        }

        return await handler.ExecuteAsync(new AddLabel(request.ConversationId, request.LabelId, caller.AsAuthor(), clock.GetUtcNow()), cancellationToken, caller)
            .AckAsync(request.ConversationId);
    }

    public async Task<Outcome<CommandAck>> RemoveAsync(AccessGrant caller, LabelRequest request, CancellationToken cancellationToken)
    {
        await using (var session = store.QuerySession())
        {
            if ((await session.FollowableAsync(caller, request.ConversationId, cancellationToken)).Error is { } refusal)
            {
                return refusal;
            }
        }

        return await handler.ExecuteAsync(new RemoveLabel(request.ConversationId, request.LabelId, caller.AsAuthor(), clock.GetUtcNow()), cancellationToken, caller)
            .AckAsync(request.ConversationId);
    }
}
