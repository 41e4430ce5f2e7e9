using ContactCenter.Contracts.Conversations;
using ContactCenter.Domain.Conversations;
using ContactCenter.Server.Features.Conversations.Handling;
using ContactCenter.Server.Features.Shared;
using Marten;

namespace ContactCenter.Server.Features.Conversations.Chatting;

/// <summary>The customer's rating of an ended chat, from 1 to 5, with an optional comment.</summary>
public sealed record RateRequest(Guid ConversationId, int Rating, string? Comment);

/// <summary>The customer rates their own chat once it has ended (the decider holds the rating's rules).</summary>
public sealed class RateChatHandler(IDocumentStore store, ConversationHandler handler, TimeProvider clock)
{
    public async Task<Outcome<CommandAck>> ExecuteAsync(Guid customerId, RateRequest request, CancellationToken cancellationToken)
    {
        return (await store.OwnAsync(customerId, request.ConversationId, cancellationToken)).Error
            ?? await handler.ExecuteAsync(new RateConversation(request.ConversationId, request.Rating, request.Comment, clock.GetUtcNow()), cancellationToken)
                .AckAsync(request.ConversationId);
    }
}
