using ContactCenter.Contracts.Conversations;
using ContactCenter.Domain.Access;
using ContactCenter.Domain.Conversations;
using ContactCenter.Server.Features.Conversations.Chatting;
using ContactCenter.Server.Features.Conversations.Handling;
using ContactCenter.Server.Features.Shared;
using Marten;

namespace ContactCenter.Server.Features.Conversations.Reading;

/// <summary>The other side's messages read, up to one message of the conversation.</summary>
public sealed record MarkReadRequest(Guid ConversationId, Guid UpToMessageId);

/// <summary>Read receipts, by the agent (of a conversation they may follow) or by the customer (in their own chat).</summary>
public sealed class MarkReadHandler(IDocumentStore store, ConversationHandler handler, TimeProvider clock)
{
    public Task<Outcome<CommandAck>> AsAgentAsync(AccessGrant caller, MarkReadRequest request, CancellationToken cancellationToken) =>
        handler.ExecuteAsync(Read(request, caller.AsAuthor()), cancellationToken, caller).AckAsync(request.ConversationId);

    public async Task<Outcome<CommandAck>> AsCustomerAsync(Guid customerId, MarkReadRequest request, CancellationToken cancellationToken)
    {
        var me = await store.OwnAsync(customerId, request.ConversationId, cancellationToken);
        return me.Error ?? await handler.ExecuteAsync(Read(request, me.Value!), cancellationToken).AckAsync(request.ConversationId);
    }

    private MarkRead Read(MarkReadRequest request, Author reader) => new(request.ConversationId, reader, request.UpToMessageId, clock.GetUtcNow());
}
