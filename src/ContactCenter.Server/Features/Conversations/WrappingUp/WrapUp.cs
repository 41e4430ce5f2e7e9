using ContactCenter.Contracts.Conversations;
using ContactCenter.Domain.Access;
using ContactCenter.Domain.Agents;
using ContactCenter.Domain.Common;
using ContactCenter.Domain.Conversations;
using ContactCenter.Server.Features.Conversations.Handling;
using ContactCenter.Server.Features.Shared;
using Marten;

namespace ContactCenter.Server.Features.Conversations.WrappingUp;

/// <summary>A wrap-up with the sender's own id: a code of the admin's wrap-up list and/or a note.</summary>
public sealed record WrapUpRequest(Guid ConversationId, Guid WrapUpId, string? ReasonCodeId, string? Note);

/// <summary>
/// The owner records a wrap-up during or after the conversation, and finishes the wrap-up after the
/// end (docs/domain.md, "Wrap-up"). The code is looked up here so the event keeps its name as it was.
/// </summary>
public sealed class WrapUpHandler(IDocumentStore store, ConversationHandler handler, TimeProvider clock)
{
    public static readonly RuleViolation UnknownCode = RuleViolation.Invalid("unknown-wrap-up-code", "That is not one of the wrap-up codes an admin has set up; choose one the list shows.");

    public async Task<Outcome<CommandAck>> RecordAsync(AccessGrant caller, WrapUpRequest request, CancellationToken cancellationToken)
    {
        string? name = null;
        if (!string.IsNullOrWhiteSpace(request.ReasonCodeId))
        {
            await using var session = store.QuerySession();
            if (await session.LoadAsync<ReasonCode>(request.ReasonCodeId, cancellationToken) is not { Kind: ReasonCodeKind.WrapUp } code)
            {
                return UnknownCode;
            }

            name = code.Name;
        }

        var command = new RecordWrapUp(request.ConversationId, request.WrapUpId, request.ReasonCodeId, name, request.Note, caller.AsAuthor(), clock.GetUtcNow());
        return await handler.ExecuteAsync(command, cancellationToken, caller).AckAsync(request.ConversationId);
    }

    public Task<Outcome<CommandAck>> FinishAsync(AccessGrant caller, Guid conversationId, CancellationToken cancellationToken) =>
        handler.ExecuteAsync(new FinishWrapUp(conversationId, caller.AsAuthor(), clock.GetUtcNow()), cancellationToken, caller).AckAsync(conversationId);
}
