using ContactCenter.Contracts.Agents;
using ContactCenter.Contracts.Conversations;
using ContactCenter.Contracts.Supervisor;

namespace ContactCenter.Contracts.Realtime;

/// <summary>What the agent hub sends to a signed-in staff member's connections.</summary>
public interface IAgentClient
{
    /// <summary>A step of a conversation the agent follows (joined, or in one of their queues).</summary>
    /// <param name="step">The step, with its version.</param>
    Task ConversationEvent(ConversationEventDto step);

    /// <summary>Someone types in a conversation the agent follows.</summary>
    /// <param name="typing">Who and whether.</param>
    Task Typing(TypingDto typing);

    /// <summary>The agent's own presence changed (from another tab, or by the router's missed-offer rule).</summary>
    /// <param name="presence">The new presence.</param>
    Task PresenceChanged(AgentPresenceDto presence);

    /// <summary>A queue's wallboard figures changed (supervisors who may watch that queue).</summary>
    /// <param name="queue">The queue's figures now.</param>
    Task FloorQueueChanged(FloorQueueDto queue);

    /// <summary>An agent's row of the wallboard changed (supervisors of one of the agent's queues).</summary>
    /// <param name="agent">The row now.</param>
    Task FloorAgentChanged(FloorAgentDto agent);

    /// <summary>A live conversation's row changed, or it left the supervisor's view (<see cref="FloorConversationDto.Gone"/>).</summary>
    /// <param name="conversation">The row now.</param>
    Task FloorConversationChanged(FloorConversationDto conversation);

    /// <summary>The session ended (access changed, account disabled, signed out elsewhere); the connection closes next.</summary>
    /// <param name="reason">A sentence for the user.</param>
    Task SessionEnded(string reason);
}
