using ContactCenter.Contracts.Conversations;
using ContactCenter.Domain.Access;
using ContactCenter.Domain.Conversations;
using ContactCenter.Server.Features.Conversations.Chatting;
using ContactCenter.Server.Features.Conversations.Handling;
using ContactCenter.Server.Features.Shared;
using Marten;

namespace ContactCenter.Server.Features.Conversations.Messaging;

/// <summary>A chat message with the sender's own id: sending it again with the same id is harmless.</summary>
public sealed record SendMessageRequest(Guid ConversationId, Guid MessageId, string Text);

/// <summary>
/// A message into the chat, from the agent (who may follow the conversation: checked by the handler
/// on the state it decides on) or from the customer (in a chat of their own). The answer comes only
/// once it is stored.
/// </summary>
public sealed class SendMessageHandler(IDocumentStore store, ConversationHandler handler, TimeProvider clock)
{
    public Task<Outcome<CommandAck>> AsAgentAsync(AccessGrant caller, SendMessageRequest request, CancellationToken cancellationToken) =>
        handler.ExecuteAsync(Post(request, caller.AsAuthor()), cancellationToken, caller).AckAsync(request.ConversationId);

    public async Task<Outcome<CommandAck>> AsCustomerAsync(Guid customerId, SendMessageRequest request, CancellationToken cancellationToken)
    {
        var me = await store.OwnAsync(customerId, request.ConversationId, cancellationToken);
        return me.Error ?? await handler.ExecuteAsync(Post(request, me.Value!), cancellationToken).AckAsync(request.ConversationId);
    }

    private PostMessage Post(SendMessageRequest request, Author author) =>
        new(request.ConversationId, request.MessageId, author, request.Text, clock.GetUtcNow());
}
