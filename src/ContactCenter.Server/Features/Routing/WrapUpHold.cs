using ContactCenter.Domain.Conversations;
using ContactCenter.Domain.Queues;

namespace ContactCenter.Server.Features.Routing;

/// <summary>How long a conversation in wrap-up keeps its owner's seat: its queue's wrap-up time after the end.</summary>
internal static class WrapUpHold
{
    /// <summary>When the seat frees by itself, or null when the queue sets no wrap-up time (it freed at the end).</summary>
    public static DateTimeOffset? Until(ConversationHistory conversation, Queue? queue) =>
        conversation is { Status: ConversationStatus.WrapUp, WrapUpSince: { } since } && queue?.WrapUpTime is { } time ? since + time : null;
}
