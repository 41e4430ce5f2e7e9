using ContactCenter.Contracts.Conversations;
using ContactCenter.Domain.Access;
using ContactCenter.Domain.Conversations;
using ContactCenter.Server.Features.Conversations.Handling;
using ContactCenter.Server.Features.Shared;

namespace ContactCenter.Server.Features.Conversations;

/// <summary>What the conversation use cases share: staff as authors, and a command's answer.</summary>
public static class ConversationCommands
{
    public static Author AsAuthor(this AccessGrant staff) => new(AuthorKind.Agent, staff.UserId, staff.DisplayName);

    /// <summary>The acknowledgement of a stored command (the version it reached), or its refusal.</summary>
    public static Outcome<CommandAck> Ack(this CommandOutcome outcome, Guid conversationId) =>
        outcome.Error is { } error ? error : new CommandAck(conversationId, outcome.Version);

    public static async Task<Outcome<CommandAck>> AckAsync(this Task<CommandOutcome> outcome, Guid conversationId) =>
        (await outcome).Ack(conversationId);
}
