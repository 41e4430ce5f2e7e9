using ContactCenter.Domain.Conversations;

namespace ContactCenter.Domain.Metrics.Floor;

/// <summary>
/// A conversation as the wallboard sees it now. Kept until the day ends once settled (resolved or
/// abandoned), so a repeated or late step of today's conversations is recognised by its version.
/// </summary>
public sealed record LiveConversation
{
    public required Guid Id { get; init; }
    public required string QueueId { get; init; }
    public required string ChannelId { get; init; }
    public required Guid CustomerId { get; init; }
    public required DateTimeOffset StartedAt { get; init; }
    public ConversationStatus Status { get; init; } = ConversationStatus.Queued;

    /// <summary>The stream version folded so far: a step at or below it was folded already.</summary>
    public long Version { get; init; }

    /// <summary>When its current wait began (entering a queue, again after a transfer or a move); null once answered.</summary>
    public DateTimeOffset? WaitingSince { get; init; }

    public Guid? AgentId { get; init; }
    public string? AgentName { get; init; }

    /// <summary>When the owner's handle segment began (their accept, or taking it).</summary>
    public DateTimeOffset? HandlingSince { get; init; }

    /// <summary>The queue the owner answered it in: their handle time counts there.</summary>
    public string? HandledInQueueId { get; init; }

    /// <summary>The first customer message that no agent has answered yet: how long the customer has waited for a reply.</summary>
    public DateTimeOffset? CustomerWaitingSince { get; init; }

    public int Transfers { get; init; }

    public bool IsWaiting => Status is ConversationStatus.Queued or ConversationStatus.Offered;

    /// <summary>Answered and the customer still there: active, or pending on the customer.</summary>
    public bool IsActive => Status is ConversationStatus.Active or ConversationStatus.Pending;

    public bool IsSettled => Status is ConversationStatus.Resolved or ConversationStatus.Closed or ConversationStatus.Abandoned;

    /// <summary>What the live conversations list shows: waiting, answered or in wrap-up.</summary>
    public bool IsOnTheFloor => !IsSettled;
}
