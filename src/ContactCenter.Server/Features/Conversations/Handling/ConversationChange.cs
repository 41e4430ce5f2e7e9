using ContactCenter.Domain.Access;
using ContactCenter.Domain.Common;
using ContactCenter.Domain.Conversations;

namespace ContactCenter.Server.Features.Conversations.Handling;

/// <summary>One committed step of a conversation with its version and the status it left.</summary>
public sealed record ConversationStep(long Version, ConversationEvent Event, DateTimeOffset At, ConversationStatus StatusAfter);

/// <summary>What one command committed: handed to the notifier after the commit, never before.</summary>
public sealed record ConversationChange(Guid ConversationId, Guid CustomerId, string QueueId, IReadOnlyList<ConversationStep> Steps);

/// <summary>The answer to a command: the version reached, or the rule that refused it.</summary>
public sealed record CommandOutcome(long Version, RuleViolation? Error = null, bool Changed = false)
{
    public bool Succeeded => Error is null;

    /// <summary>The commit may let the router offer a chat (a new one waits, capacity changed).</summary>
    internal bool WakesRouter { get; init; }
}

/// <summary>A conversation command with the staff member's access, when staff send it.</summary>
public sealed record ConversationWrite(ConversationCommand Command, AccessGrant? Staff);
