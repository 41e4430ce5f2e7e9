using ContactCenter.Domain.Conversations;
using Marten;

namespace ContactCenter.Server.Features.Conversations.Handling;

/// <summary>Reads a conversation's stream and folds it with the domain's own Evolve: Marten is the source of truth.</summary>
public static class ConversationStream
{
    public static async Task<(Conversation? State, IReadOnlyList<ConversationStep> Steps)> ReadAsync(
        this IQuerySession session, Guid conversationId, CancellationToken cancellationToken)
    {
        var events = await session.Events.FetchStreamAsync(conversationId, token: cancellationToken);
        Conversation? state = null;
        var steps = new List<ConversationStep>(events.Count);
        foreach (var e in events)
        {
            var @event = (ConversationEvent)e.Data;
            state = Conversation.Evolve(state, @event);
            steps.Add(new ConversationStep(e.Version, @event, e.Timestamp, state?.Status ?? ConversationStatus.Queued));
        }

        return (state, steps);
    }
}
