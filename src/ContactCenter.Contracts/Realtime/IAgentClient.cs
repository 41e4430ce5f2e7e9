using ContactCenter.Contracts.Agents;
using ContactCenter.Contracts.Conversations;

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

    /// <summary>The session ended (access changed, account disabled, signed out elsewhere); the connection closes next.</summary>
    /// <param name="reason">A sentence for the user.</param>
    Task SessionEnded(string reason);
}
