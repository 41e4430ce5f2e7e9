using ContactCenter.Contracts.Conversations;
using ContactCenter.Contracts.Desk;
using ContactCenter.Domain.Common;
using Microsoft.AspNetCore.Components;

namespace ContactCenter.Server.Components.Agent;

public partial class InboxList
{
    [Parameter] public IReadOnlyList<InboxRow> Rows { get; set; } = [];
    [Parameter] public IReadOnlyList<LabelDto> Labels { get; set; } = [];
    [Parameter] public Guid AgentId { get; set; }
    [Parameter] public Guid? SelectedId { get; set; }
    [Parameter] public InboxView View { get; set; } = new();
    [Parameter] public DateTimeOffset Now { get; set; }
    [Parameter] public EventCallback<Guid> OnSelect { get; set; }
    [Parameter] public EventCallback<InboxView> ViewChanged { get; set; }

    /// <summary>The rows as filtered and ordered now, in the order shown.</summary>
    public IReadOnlyList<InboxRow> Shown => [.. View.Apply(Rows)];

    private IEnumerable<(string Id, string Name)> Queues => Rows.Select(r => (r.Item.QueueId, r.Item.QueueName)).Distinct().OrderBy(q => q.QueueName);

    private IEnumerable<string> Channels => Rows.Select(r => r.Item.ChannelId).Distinct().Order();

    private Task ChangeAsync(InboxView view) => ViewChanged.InvokeAsync(view);

    // An empty option is "all": the filter is off.
    private static string? Chosen(ChangeEventArgs e) => e.Value is string { Length: > 0 } value ? value : null;

    private static DateTimeOffset Since(InboxRow row) => row.IsWaiting ? row.Item.StartedAt : row.Item.LastActivityAt;

    // desk.js ticks the same format in the browser (data-since); this is the text of each render.
    private string Ago(InboxRow row)
    {
        var since = Now - Since(row);
        return since.TotalMinutes < 1 ? $"{Math.Max(0, (int)since.TotalSeconds)}s"
            : since.TotalHours < 1 ? $"{(int)since.TotalMinutes}m"
            : since.TotalDays < 1 ? $"{(int)since.TotalHours}h"
            : $"{(int)since.TotalDays}d";
    }

    private string PillClass(InboxRow row) => row.IsOfferTo(AgentId) ? "offer" : $"status-{row.Item.Status.ToString().ToLowerInvariant()}";

    private static string FilterLabel(string filter) => Enum.TryParse<ConversationStatusDto>(filter, out var status) ? StatusLabel(status) : filter;

    private static string StatusLabel(ConversationStatusDto status) => status switch
    {
        ConversationStatusDto.Queued => "Waiting",
        ConversationStatusDto.Offered => "Offered",
        ConversationStatusDto.Active => "Active",
        ConversationStatusDto.Pending => "Pending",
        ConversationStatusDto.WrapUp => "Wrap-up",
        ConversationStatusDto.Resolved => "Resolved",
        ConversationStatusDto.Closed => "Closed",
        ConversationStatusDto.Abandoned => "Abandoned",
        _ => throw Unhandled.Case(status),
    };
}
