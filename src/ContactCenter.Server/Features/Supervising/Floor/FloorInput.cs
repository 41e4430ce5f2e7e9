using ContactCenter.Domain.Agents;
using ContactCenter.Domain.Conversations;

namespace ContactCenter.Server.Features.Supervising.Floor;

/// <summary>What the floor's one loop folds, in the order it came.</summary>
public abstract record FloorInput
{
    /// <summary>Committed steps of one conversation, each with the stream's version after it.</summary>
    public sealed record Steps(IReadOnlyList<(ConversationEvent Event, long Version)> Committed) : FloorInput;

    /// <summary>An agent's presence as committed at a version.</summary>
    public sealed record Presence(AgentPresence State, long Version) : FloorInput;

    /// <summary>Another node committed a stream (a conversation's, or an agent's presence) up to a version: read its new steps from the store.</summary>
    public sealed record Remote(bool IsConversation, Guid StreamId, long Version) : FloorInput;

    /// <summary>Read everything again from the store: at start, at midnight, after inputs were dropped.</summary>
    public sealed record Rebuild : FloorInput;

    /// <summary>Read the settings again and push every queue's figures (a wallboard connected); <paramref name="Done"/> completes after.</summary>
    public sealed record Settings(TaskCompletionSource Done) : FloorInput;
}
