using ContactCenter.Contracts.Conversations;

namespace ContactCenter.Server.Components.Agent;

public enum InboxSort
{
    LongestWaiting,
    LastActivity,
    Priority,
}

/// <summary>The inbox's filters and order, as the agent sets them above the list.</summary>
public sealed record InboxView(string? Status = null, string? QueueId = null, string? LabelId = null, string? ChannelId = null, InboxSort Sort = InboxSort.LastActivity)
{
    /// <summary>Status filters offered: "Waiting" groups queued and offered chats.</summary>
    public static readonly IReadOnlyList<string> Statuses = ["Waiting", "Active", "Pending", "WrapUp", "Resolved"];

    public IEnumerable<InboxRow> Apply(IEnumerable<InboxRow> rows)
    {
        var shown = rows.Where(r =>
            (Status is null || (Status == "Waiting" ? r.IsWaiting : Enum.TryParse<ConversationStatusDto>(Status, out var status) && r.Item.Status == status))
            && (QueueId is null || r.Item.QueueId == QueueId)
            && (LabelId is null || r.Item.Labels.Contains(LabelId))
            && (ChannelId is null || r.Item.ChannelId == ChannelId));
        return Sort switch
        {
            InboxSort.LongestWaiting => shown.OrderBy(r => r.Item.StartedAt),
            InboxSort.Priority => shown.OrderByDescending(r => r.Item.Priority).ThenBy(r => r.Item.StartedAt),
            _ => shown.OrderByDescending(r => r.Item.LastActivityAt),
        };
    }
}
