using ContactCenter.Contracts.Conversations;
using ContactCenter.Server.Features.Conversations.Handling;
using Microsoft.AspNetCore.SignalR;

namespace ContactCenter.Server.Realtime;

internal static class HubOutcomes
{
    /// <summary>The acknowledgement of a stored command, or its refusal as a hub error with the rule's code.</summary>
    public static CommandAck AckOrThrow(this CommandOutcome outcome, Guid conversationId) =>
        outcome.Error is { } error
            ? throw new HubException($"{error.Code}: {error.Message}")
            : new CommandAck(conversationId, outcome.Version);
}
