using ContactCenter.Contracts.Conversations;

namespace ContactCenter.Contracts.Desk;

/// <summary>A row of an agent's inbox: their own conversations, offers to them, and chats waiting in their queues.</summary>
/// <param name="Id">The conversation.</param>
/// <param name="CustomerId">Its customer.</param>
/// <param name="CustomerName">The customer's name (names are not masked; contact data is).</param>
/// <param name="QueueId">The queue it is in.</param>
/// <param name="QueueName">The queue's display name.</param>
/// <param name="ChannelId">The channel it came from.</param>
/// <param name="ChannelKind">The channel's kind ("Chat", "Email", "Social"): whose capacity it takes.</param>
/// <param name="Priority">The queue's priority: higher is served first.</param>
/// <param name="Status">The conversation's status.</param>
/// <param name="AgentId">The owner, once answered.</param>
/// <param name="AgentName">The owner's name.</param>
/// <param name="StartedAt">When the customer started it: waits are counted from here.</param>
/// <param name="LastActivityAt">The last message or change.</param>
/// <param name="LastMessagePreview">The last message, shortened.</param>
/// <param name="Labels">Label ids on it.</param>
/// <param name="OfferedTo">The agent it is offered to now, if any.</param>
/// <param name="OfferExpiresAt">When that offer runs out.</param>
/// <param name="Version">The conversation's version this row reflects.</param>
/// <param name="WrapUpSince">When its wrap-up began (the end), while in wrap-up.</param>
/// <param name="WrapUpSeconds">Its queue's wrap-up time, after which the wrap-up finishes by itself; null: no limit.</param>
/// <param name="GuestIds">Its conference guests now, longest-present first (null: none).</param>
public sealed record InboxItemDto(
    Guid Id, Guid CustomerId, string CustomerName, string QueueId, string QueueName, string ChannelId, string ChannelKind, int Priority,
    ConversationStatusDto Status, Guid? AgentId, string? AgentName, DateTimeOffset StartedAt, DateTimeOffset LastActivityAt,
    string LastMessagePreview, IReadOnlyList<string> Labels, Guid? OfferedTo, DateTimeOffset? OfferExpiresAt, long Version,
    DateTimeOffset? WrapUpSince = null, int? WrapUpSeconds = null, IReadOnlyList<Guid>? GuestIds = null);

/// <summary>A label of the catalog, as the desk shows it.</summary>
/// <param name="Id">Stable id.</param>
/// <param name="Name">Display name.</param>
/// <param name="Color">A colour like "#1e88e5".</param>
public sealed record LabelDto(string Id, string Name, string Color);

/// <summary>A custom field of the customer schema, as the profile panel shows and edits it.</summary>
/// <param name="Key">The key in <c>CustomerDto.Fields</c>.</param>
/// <param name="Label">Display label.</param>
/// <param name="Type">"Text", "Number", "Date", "Choice"... as the schema defines.</param>
/// <param name="IsPii">Personal data: masked for roles that may not see it, and then not editable.</param>
/// <param name="Required">Must have a value.</param>
/// <param name="Options">Choices, for a choice field.</param>
public sealed record CustomerFieldDto(string Key, string Label, string Type, bool IsPii, bool Required, IReadOnlyList<string> Options);

/// <summary>A canned response for the compose box's "/" shortcut.</summary>
/// <param name="Id">Stable id.</param>
/// <param name="Shortcut">What the agent types after "/".</param>
/// <param name="Title">A short title.</param>
/// <param name="Text">The text inserted.</param>
public sealed record CannedResponseDto(string Id, string Shortcut, string Title, string Text);

/// <summary>A reason an agent may give for not being ready.</summary>
/// <param name="Id">Stable id, such as "lunch".</param>
/// <param name="Name">Display name.</param>
public sealed record ReasonCodeDto(string Id, string Name);
