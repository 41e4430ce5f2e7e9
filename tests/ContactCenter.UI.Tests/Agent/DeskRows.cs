using ContactCenter.Contracts.Conversations;
using ContactCenter.Contracts.Desk;
using ContactCenter.Server.Components.Agent;

namespace ContactCenter.UI.Tests.Agent;

/// <summary>Inbox rows as the server sends them, built in one line per case.</summary>
internal static class DeskRows
{
    public static readonly Guid Me = Guid.Parse("0193a000-0000-7000-8000-000000000002");
    public static readonly DateTimeOffset Now = new(2026, 11, 23, 15, 0, 0, TimeSpan.Zero);

    public static InboxRow Row(
        string customer, ConversationStatusDto status = ConversationStatusDto.Active, string queue = "support", int priority = 0, int startedMinutesAgo = 5,
        int activeMinutesAgo = 1, string[]? labels = null, string channel = "web-chat", Guid? agent = null, Guid? offeredTo = null,
        DateTimeOffset? offerExpires = null, int unread = 0) =>
        new(new InboxItemDto(
            Guid.NewGuid(), Guid.NewGuid(), customer, queue, char.ToUpperInvariant(queue[0]) + queue[1..], channel, "Chat", priority, status,
            agent ?? (status is ConversationStatusDto.Queued or ConversationStatusDto.Offered ? null : Me), null, Now.AddMinutes(-startedMinutesAgo), Now.AddMinutes(-activeMinutesAgo),
            $"last words of {customer}", labels ?? [], offeredTo, offerExpires, 3), unread);
}
